# The error sweep's third batch with a running kuard Pod labelled app=kuard,tier=web (the stand-in
# serves our Pod and Nodes): label's and annotate's flags and checks once the objects are found.
# --list lines keep to objects with one label: kubectl prints a Go map, in random order.
# setup: kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue --labels=app=kuard,tier=web
# setup: kubectl wait --for=condition=Ready pod/kuard
kubectl label pod kuard tier- --list
kubectl label pod kuard app- --list
kubectl label pods -l app=kuard tier- --list
kubectl label pod kuard a=b -A
kubectl label pods -A a=b
kubectl label pod kuard a=b --all
kubectl label pod/kuard a=b --all
kubectl label pod/kuard a=b -l app=kuard
kubectl label pod kuard a=b --local
kubectl label --local a=b
kubectl label -f nosuch.yaml a=b
kubectl label pod kuard a=b -f nosuch.yaml
kubectl label pod kuard a=b --local --dry-run=server
kubectl label pod kuard =b
kubectl label pod kuard a=b -
kubectl label pod kuard a=b --dry-run=client
kubectl label pod kuard tier- --dry-run=client
kubectl label pod kuard nosuch- --dry-run=client
kubectl label pod kuard nosuch-
kubectl label pod kuard app=x --dry-run=client
kubectl label pod kuard app=x tier- --dry-run=client --overwrite
kubectl label pod kuard app=kuard --dry-run=client
kubectl label pods --all tier- --dry-run=client
kubectl label pods --all --resource-version=1 a=b
kubectl label pod kuard a=b --field-manager=me
kubectl label pod kuard a=b -R
kubectl label pod kuard -l app=kuard --list
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kuard"}}' > p.json; kubectl label -f p.json a=b --local
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kuard"}}' > p.json; kubectl label -f p.json a=b --dry-run=client
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kuard"}}' > p.json; kubectl label -f p.json tier- --list
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kuard"}}' > p.json; kubectl label pod kuard -f p.json a=b
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"nosuch"}}' > p.json; kubectl label -f p.json a=b
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kuard"}}' > p.json; kubectl annotate -f p.json a=b --local
kubectl annotate pod kuard a=b --list
kubectl annotate pods -A a=b
kubectl annotate pod kuard a=b -A
kubectl annotate pod kuard a=b --local
kubectl annotate --local a=b
kubectl annotate --local a=b --dry-run=server
kubectl annotate -f nosuch.yaml a=b
kubectl annotate pod kuard =b
kubectl annotate pod kuard =b x=y
kubectl annotate pod kuard a=b --dry-run=client
kubectl annotate pods --all a=b --dry-run=client
kubectl annotate pods --all --resource-version=1 a=b
kubectl annotate pod kuard a- a=b --all -l x=y
kubectl annotate pod kuard a=b -
kubectl logs kuard --pod-running-timeout=0
kubectl logs kuard --pod-running-timeout=-1s
kubectl logs node/node-1
kubectl logs no/node-1 -c x
kubectl port-forward kuard 8080:8080 --address=localhost,foo
kubectl port-forward kuard 8080:8080 --address=
kubectl port-forward kuard 8080:8080 --address=1.2.3.256
kubectl port-forward kuard 8080:8080 --address=fe80::1::2
kubectl port-forward kuard abc --address=foo
kubectl top node --sort-by=foo
kubectl top node -l a=b x
kubectl top node x --sort-by=foo -l a=b
kubectl top node -l 'x in (a'
