# Image names the runtime cannot parse: kubectl run refuses them; applied, the kubelet does.
kubectl run bad --image='nginx:tag!x'
kubectl apply -f image-names.yaml
sleep 10
kubectl get pods
kubectl get events --field-selector reason=InspectFailed
kubectl describe pod short-digest | grep -A 3 'State:'
