# An image that is not on the node with imagePullPolicy Never: the kubelet retries at every sync, so the events count up.
kubectl run local --image=nginx:1.27 --image-pull-policy=Never
sleep 45
kubectl get pods
kubectl describe pod local | grep -A 8 "^Events:"
