# Pods the scheduler cannot place yet: a taken hostPort, a missing GPU, a scheduling gate.
kubectl apply -f scheduling.yaml
sleep 20
kubectl get pods -o wide
kubectl describe pod edge-4 | tail -n 4
kubectl get events --field-selector reason=FailedScheduling
kubectl get pod gated -o jsonpath='{.status.conditions[0].reason}: {.status.conditions[0].message}'
echo
sleep 10m
kubectl describe pod gpu-job | tail -n 4
kubectl describe pod gated | tail -n 2
kubectl apply -f scheduling-gate-removed.yaml
sleep 20
kubectl get pod gated
kubectl delete pod edge-1 --now
sleep 5
kubectl get pods edge-4 -o wide
