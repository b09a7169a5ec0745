# A finished init container is ready, a running one is not; a readiness gate nobody sets keeps the Pod's Ready condition False.
kubectl apply -f init-gates.yaml
sleep 4
kubectl get pod gated -o jsonpath='{.status.initContainerStatuses[0].ready}{"\n"}'
sleep 10
kubectl get pod gated -o jsonpath='{.status.initContainerStatuses[0].ready}{"\n"}'
kubectl get pods -o wide
kubectl describe pod gated | grep -A 7 '^Readiness Gates'
