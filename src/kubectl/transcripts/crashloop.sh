# A container that keeps failing: Error, restarts, CrashLoopBackOff, and the previous log.
kubectl run crasher --image=busybox --restart=Always -- sh -c "echo starting; sleep 2; echo failing; exit 3"
sleep 60
kubectl get pods
kubectl logs crasher
kubectl logs crasher --previous
kubectl describe pod crasher | grep -A 8 'State:'
kubectl get events --sort-by=.lastTimestamp | tail -n 4
kubectl delete pod crasher --now
