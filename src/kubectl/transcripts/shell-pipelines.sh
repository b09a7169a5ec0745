# Pipelines in a container's shell, with busybox's legacy head -N and tail -N.
kubectl run box --image=busybox -- sleep 3600
sleep 10
kubectl exec box -- sh -c "env | head -5"
kubectl exec box -- sh -c "seq 1 100 | tail -3"
kubectl delete pod box --now
