# A restartPolicy Never Pod with a sidecar: when the app container has finished, the kubelet stops the sidecar (computePodActions: nothing left to keep, KillPod) and the Pod completes.
kubectl apply -f sidecar-job.yaml
sleep 10
kubectl get pods
sleep 20
kubectl get pods
kubectl get pod one-shot -o jsonpath='{.status.phase} {.status.initContainerStatuses[0].state.terminated.reason}{"\n"}'
kubectl logs one-shot
kubectl get events --field-selector involvedObject.name=one-shot --sort-by=.lastTimestamp | tail -n 3
