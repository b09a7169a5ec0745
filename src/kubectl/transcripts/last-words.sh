# A container's last words: the kubelet's empty /dev/termination-log (0666), copied into the terminated state's message; FallbackToLogsOnError uses the log's tail instead.
kubectl apply -f last-words.yaml
sleep 3
kubectl exec last-words -c writer -- ls -l /dev/termination-log
sleep 10
kubectl get pod last-words
kubectl describe pod last-words | grep -A 7 "State:"
