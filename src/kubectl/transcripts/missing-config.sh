# References to a ConfigMap or Secret that does not exist: env from one is CreateContainerConfigError, retried at each pod worker sync; a volume from one leaves the Pod ContainerCreating with FailedMount warnings at the volume manager's back-off.
kubectl apply -f missing-config.yaml
sleep 40
kubectl get pods
kubectl describe pod settings | grep -A 10 "^Events:"
kubectl describe pod mounts | grep -A 10 "^Events:"
kubectl get pod settings -o jsonpath='{.status.containerStatuses[0].state}{"\n"}'
