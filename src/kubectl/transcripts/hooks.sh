# postStart and preStop hooks: the postStart exec runs before the Pod is Running, and preStop sleep 20 keeps the deleted Pod Terminating for 20 seconds before SIGTERM.
kubectl apply -f hooks.yaml
sleep 10
kubectl get pods
kubectl exec drain -- cat /usr/share/nginx/html/started.txt
kubectl delete pod drain --wait=false
sleep 15
kubectl get pods
kubectl get events --field-selector involvedObject.name=drain --sort-by=.lastTimestamp | tail -n 2
sleep 10
kubectl get pods
