# A Pod bound by nodeName to a node that does not exist: Pending, then gone after PodGC's quarantine.
kubectl apply -f scheduling.yaml
kubectl delete pod edge-1 edge-2 edge-3 edge-4 gpu-job gated --now
kubectl get pods -o wide
kubectl get pods -w
sleep 1m
^C
kubectl get pods
