# A sidecar: an init container with restartPolicy Always starts in order, keeps running beside the app and counts in READY; logs and exec default to the app container and say which others there are.
kubectl apply -f sidecar.yaml
kubectl get pods
sleep 20
kubectl get pods -o wide
kubectl logs web
kubectl logs web -c log-shipper
kubectl describe pod web | grep -A 14 "^  log-shipper:"
kubectl exec web -- echo hi
kubectl delete pod web --wait=false
sleep 3
kubectl get events --field-selector involvedObject.name=web --sort-by=.lastTimestamp | tail -n 2
