# Reaching kuard through a port-forward, and breaking its liveness probe on purpose.
curl -s localhost:8080/healthy
kubectl apply -f kuard-pod-health.yaml
sleep 10
kubectl port-forward kuard 8080:8080
curl -s localhost:8080/healthy
curl -s -X PUT -d '{"failNext":3}' localhost:8080/healthy/api
sleep 40
^C
kubectl get pods
kubectl describe pod kuard | tail -n 9
