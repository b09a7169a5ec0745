# A Pod with an init container and two containers sharing a volume; labels and selectors.
kubectl apply -f two-containers.yaml
sleep 1
kubectl get pods
sleep 10
kubectl get pods --show-labels
kubectl get pods -l app=web -L tier
kubectl get pods -l 'app in (db)'
kubectl logs two-containers
kubectl logs two-containers -c setup
kubectl logs two-containers -c nope
kubectl exec two-containers -c nginx-container -- cat /usr/share/nginx/html/index.html
kubectl label pod two-containers tier=backend
kubectl label pod two-containers tier=backend --overwrite
kubectl get pods -A
kubectl get pod two-containers -o jsonpath='{.spec.containers[*].name}'
echo
kubectl get pod two-containers -o jsonpath='{range .status.containerStatuses[*]}{.name}{"\t"}{.ready}{"\n"}{end}'
kubectl delete -f two-containers.yaml --grace-period=1
kubectl get pods
