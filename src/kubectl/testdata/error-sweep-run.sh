# kubectl run and exec flags beyond the book's: each answer compared with kubectl v1.32 (run.go,
# exec.go). exec's lines need the running kuard Pod; lines that reach the container are left out.
# setup: kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue
# setup: kubectl wait --for=condition=Ready pod/kuard
kubectl exec -f x.yaml -- ls
kubectl exec -f x.yaml kuard -- ls
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl exec -f p.json -- ls
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl exec -f p.json kuard -- ls
kubectl exec -f x.yaml
kubectl exec kuard --pod-running-timeout=abc -- ls
kubectl exec kuard --pod-running-timeout=0 -- ls
kubectl exec kuard --pod-running-timeout=-1s -- ls
kubectl exec --pod-running-timeout=0
