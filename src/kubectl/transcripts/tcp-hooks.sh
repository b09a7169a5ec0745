# tcpSocket hooks: the API accepts them, but the kubelet's handler runner has no case for them, so a postStart fails (FailedPostStartHook, the container killed and restarted) and a preStop fails (FailedPreStopHook, then SIGTERM at once).
kubectl apply -f tcp-hooks.yaml
sleep 20
kubectl get pods
kubectl get pod tcp-start -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason}{"\n"}'
kubectl get events --field-selector involvedObject.name=tcp-start --sort-by=.lastTimestamp
kubectl delete pod tcp-stop --wait=false
sleep 2
kubectl get events --field-selector involvedObject.name=tcp-stop --sort-by=.lastTimestamp | tail -n 2
kubectl get pods
