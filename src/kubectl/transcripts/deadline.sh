# activeDeadlineSeconds: the kubelet stops the containers with the grace period once the deadline passes; the Pod stays Running until they are gone, then it is Failed with reason DeadlineExceeded and the killed container exited 137.
kubectl apply -f deadline.yaml
sleep 17
kubectl get pod deadline -o jsonpath='{.status.phase} {.status.reason}{"\n"}'
sleep 10
kubectl get pods
kubectl get pod deadline -o jsonpath='{.status.phase} {.status.reason} {.status.containerStatuses[0].state.terminated.exitCode}{"\n"}'
kubectl describe pod deadline | grep -A 10 "^Events:"
