# A Pod's whole life, as in the chapter: create, inspect, look inside, delete.
ls
cat kuard-pod.yaml
kubectl apply -f kuard-pod.yaml
kubectl get pods
sleep 5
kubectl get pods -o wide
kubectl apply -f kuard-pod.yaml
kubectl describe pod kuard
kubectl logs kuard | head -2
kubectl exec kuard -- date
kubectl exec kuard -- ls /
kubectl exec kuard -- bash
kubectl exec -it kuard -- sh
ls /kuard
exit
kubectl get pods -w
kubectl delete pod kuard --wait=false
sleep 40
^C
kubectl get pods
kubectl get pod kuard
