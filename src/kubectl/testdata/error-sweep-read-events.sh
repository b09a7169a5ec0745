# kubectl events with the events a running kuard Pod leaves, over a v1.32 cluster's whole
# discovery: --for, the -o formats (the EventList kubectl builds itself), and their errors. The
# table's ages come from the real clock on the stand-in's side, so its lines are unit tests.
# stand-in: full discovery
# stand-in: events
# setup: kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue
# setup: kubectl wait --for=condition=Ready pod/kuard
kubectl events -o yaml
kubectl events -o json
kubectl events -o name
kubectl events -o wide
kubectl events -o foo
kubectl events -o custom-columns=A:.kind
kubectl events -o jsonpath
kubectl events -o jsonpath='{.kind'
kubectl events -o go-template='{{.kind'
kubectl events --for pod/kuard -o name
kubectl events --for pod/kuard -o jsonpath='{.kind} {.metadata} {.items[0].kind}'
kubectl events --for pod/kuard -o jsonpath='{.items[*].reason}'
kubectl events --for pod/kuard -o jsonpath='{.foo}' --allow-missing-template-keys=false
kubectl events --for pod/kuard -o go-template='{{range .items}}{{.reason}} {{end}}'
kubectl events --for pod/kuard -o go-template --template='{{len .items}}'
kubectl events --for pod/kuard -o yaml --show-managed-fields
kubectl events --types=Warning -o yaml
kubectl events --chunk-size=10 --for pods/nosuch
kubectl events --chunk-size=abc
kubectl events --no-headers=maybe
kubectl events --no-headers --for pods/nosuch
kubectl events --for foo/bar
kubectl events --for Foo/bar
kubectl events --for foo/bar -o wide
kubectl events --for pod
kubectl events --for pod/a/b
kubectl events --for deployment/web
kubectl events --for deployments.apps/web -o yaml
kubectl events --for configmaps/x
kubectl events --for pods/nosuch
kubectl events --for nodes/node-1 --types=Warning
kubectl events --for pod/kuard --types=Foo,Normal
kubectl events -w=maybe
