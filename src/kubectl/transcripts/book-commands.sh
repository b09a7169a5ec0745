# The book's older spellings, answered the way a v1.32 cluster answers them.
kubectl run kuard --generator=run-pod/v1 --image=gcr.io/kuar-demo/kuard-amd64:blue
kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue
kubectl list pods
kubctl get pods
kubectl get pods
sleep 10
kubectl exec kuard date
kubectl exec kuard -- date
kubectl delete pods/kuard
kubectl get pods
kubectl logs kuard --previous
