# The read commands' flags and refusals (get, describe, delete, cp), with a running kuard Pod:
# the flags kubectl v1.32 has that change what these commands print, and their error paths.
# Lines whose output holds ages or the server's own bytes are unit tests instead (the stand-in
# reads the real clock and writes its own JSON).
# setup: kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue
# setup: kubectl wait --for=condition=Ready pod/kuard
kubectl get nodes --show-kind
kubectl get node node-1 --show-kind
kubectl get nodes --show-kind -o wide
kubectl get nodes --show-kind --no-headers
kubectl get pods --show-kind -o name
kubectl get nodes --show-kind=false
kubectl get pods --show-kind=maybe
kubectl get pods --output-watch-events
kubectl get pods --output-watch-events -o name
kubectl get -o foo
kubectl get pods --raw /api
kubectl get --raw /api -o yaml
kubectl get --raw /api -o foo
kubectl get --raw /api -w
kubectl get --raw /api -l a=b
kubectl get --raw ''
kubectl get --raw api
kubectl get --raw '%zz'
kubectl get --raw '/a%zz'
kubectl get --raw /api/v1/namespaces/default/pods/nosuch
kubectl get pods -k dir
kubectl get -k /nosuch
kubectl get -k /nosuch -f p.yaml
echo x > p.yaml; kubectl get -k p.yaml
kubectl get nodes -R
kubectl get pods --recursive=maybe
kubectl get pods --server-print=maybe
kubectl get node node-1 --subresource=status
kubectl get pods --subresource=scale
kubectl get pods -o jsonpath='{.foo}' --allow-missing-template-keys=false
kubectl get pods -o jsonpath='{.foo}' --allow-missing-template-keys=true
kubectl get pods -o jsonpath='{.items[*].metadata.name}' --allow-missing-template-keys=false
kubectl get pod kuard --template='{{.foo}}' --allow-missing-template-keys=false
kubectl get pod kuard --template='{{.metadata.name}}' --allow-missing-template-keys=false
kubectl describe -f nosuch.yaml
kubectl describe -f nosuch.yaml pod kuard
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kuard"}}' > p.json; kubectl describe -f p.json pod kuard
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"nosuch"}}' > q.json; kubectl describe -f q.json
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kuard"}}' > p.json; kubectl describe -f p.json --show-events=false
kubectl describe -k /nosuch
kubectl describe -k /nosuch -f p.yaml
echo x > p.yaml; kubectl describe -k p.yaml
kubectl describe pods -R --show-events=false
kubectl describe pod kuard --show-events=false
kubectl describe pod kuard -A
kubectl describe pods -A -l run=kuard --show-events=false
kubectl delete pod kuard -i
kubectl delete pod kuard --interactive=maybe
kubectl delete pod kuard -i --dry-run=client
kubectl delete pods --all -i
kubectl delete pods -l run=nosuch -i
kubectl delete -k /nosuch
echo x > p.yaml; kubectl delete -k p.yaml
kubectl delete -k /nosuch pod kuard
kubectl delete pods -R --all --dry-run=client
kubectl delete --raw /api/v1/namespaces/default/pods/nosuch
kubectl delete --raw /x -f a.yaml -f b.yaml
kubectl delete --raw /x -i
kubectl delete --raw /x -R
kubectl delete --raw /x -o name
kubectl delete --raw /x -o yaml
kubectl delete --raw /x -f http://example.com/a.yaml
kubectl delete --raw x
kubectl delete --raw /x --all -l a=b
kubectl cp kuard:/etc/hosts hosts --retries=abc
kubectl cp kuard:/etc/hosts --retries=3
