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
kubectl run x --image=nginx --overrides='{}' --dry-run=client
kubectl run x --image=nginx --overrides='{' --dry-run=client
kubectl run x --image=nginx --overrides='{"spec":{"nodeName":"node-1"}}' --dry-run=client -o yaml
kubectl run x --image=nginx --overrides='{"metadata":{"labels":null}}' --dry-run=client -o yaml
kubectl run x --image=nginx --override-type=foo --overrides='{}' --dry-run=client
kubectl run x --image=nginx --override-type=foo --dry-run=client
kubectl run x --image=nginx --override-type=json --overrides='[]' --dry-run=client
kubectl run x --image=nginx --override-type=json --overrides='{' --dry-run=client
kubectl run x --image=nginx --override-type=json --overrides='[{"op":"add","path":"/spec/nodeName","value":"node-2"}]' --dry-run=client -o yaml
kubectl run x --image=nginx --override-type=strategic --overrides='{' --dry-run=client
kubectl run x --image=nginx --override-type=strategic --overrides='{"spec":{"containers":[{"name":"x","args":["a"]}]}}' --dry-run=client -o yaml
kubectl run x --image=nginx --privileged --dry-run=client -o yaml
kubectl run x --image=nginx --expose --dry-run=client
kubectl run x --image=nginx --expose --port=80 --dry-run=client
kubectl run x --image=nginx --attach --dry-run=client
kubectl run x --image=nginx -i --leave-stdin-open --dry-run=client
kubectl run x --image=nginx --leave-stdin-open --dry-run=client
kubectl run x --image=nginx -q --dry-run=client
kubectl run x --image=nginx --pod-running-timeout=abc
kubectl run x --image=nginx --pod-running-timeout=0 --dry-run=client
kubectl run --image=nginx --pod-running-timeout=0 --dry-run=client
kubectl run x --image=nginx --save-config --dry-run=client -o yaml
kubectl run x --image=nginx --field-manager=me --dry-run=client
kubectl run x --image=nginx --force --dry-run=client
kubectl run x --image=nginx --grace-period=5 --dry-run=client
kubectl run x --image=nginx --grace-period=abc --dry-run=client
kubectl run x --image=nginx --cascade=foo --dry-run=client
kubectl run x --image=nginx --cascade=foo --dry-run=foo
kubectl run x --image=nginx --wait --dry-run=client
kubectl run x --image=nginx --timeout=5s --dry-run=client
kubectl run x --image=nginx --timeout=abc --dry-run=client
kubectl run x --image=nginx -R --dry-run=client
kubectl run x --image=nginx --rm --dry-run=client --attach=false
kubectl run x --image=nginx -i --attach=false --dry-run=client
kubectl run x --image=nginx --override-type=json --overrides='x' --dry-run=client
kubectl run x --image=nginx --override-type=json --overrides='[{"op":"add"' --dry-run=client
kubectl run x --image=nginx --override-type=strategic --overrides='{"spec":' --dry-run=client
kubectl run x --image=nginx --overrides='{"spec":' --dry-run=client
