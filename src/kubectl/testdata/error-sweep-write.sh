# The error sweep's batch for apply, create, top and explain with a running kuard Pod and a
# Pod "web" that kubectl apply created: the flags kubectl v1.32 has and each refusal path, in
# kubectl's order. Swept with scripts/golden/sweep.ts, recorded by npm run golden. Lines with a
# file pass --validate=false: the stand-in serves no OpenAPI document to validate against.
# stand-in: full discovery
# setup: kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue
# setup: echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx"}]}}' > web.json
# setup: kubectl apply -f web.json
# setup: kubectl wait --for=condition=Ready pod/kuard
kubectl apply -f x.yaml --validate=foo
kubectl apply -f x.yaml --validate=
kubectl apply -f x.yaml --validate
kubectl apply -f x.yaml --prune
kubectl apply --prune
kubectl apply -f x.yaml --prune --all
kubectl apply -f x.yaml --prune -l app=x
kubectl apply -f x.yaml --prune-allowlist=core/v1/Pod
kubectl apply -f x.yaml --all
kubectl apply -f x.yaml -l app=x
kubectl apply -f x.yaml --server-side --dry-run=client
kubectl apply -f x.yaml --force-conflicts
kubectl apply -f x.yaml --server-side
kubectl apply -f x.yaml --server-side --force-conflicts
kubectl apply -f x.yaml --force
kubectl apply -f x.yaml --grace-period=abc
kubectl apply -f x.yaml --grace-period=5
kubectl apply -f x.yaml --timeout=abc
kubectl apply -f x.yaml --wait
kubectl apply -f x.yaml --cascade=foo
kubectl apply -f x.yaml --subresource=status
kubectl apply -f x.yaml --overwrite=false
kubectl apply -f x.yaml --openapi-patch=false
kubectl apply -f x.yaml -R
kubectl apply -f x.yaml -k x
kubectl apply -f x.yaml --field-manager=me
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=false
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=ignore
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=false -l app=x
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=false --server-side
kubectl create -f x.yaml --validate=foo
kubectl create -f x.yaml --edit
kubectl create -f x.yaml --raw /x
kubectl create --raw /x
kubectl create -f x.yaml --save-config
kubectl create -f x.yaml --windows-line-endings
kubectl create -f x.yaml --field-manager=me
kubectl create -f x.yaml -l app=x
kubectl create -f x.yaml -R
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl create -f p.json --dry-run=client --validate=false -l app=x
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl create -f p.json --dry-run=client --validate=false --save-config
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl create -f p.json --dry-run=client --validate=false --windows-line-endings
kubectl create namespace x --validate=foo
kubectl create namespace x --dry-run=client --validate=warn
kubectl apply -k /nosuch/x
kubectl create -k /nosuch/x
kubectl apply -f x.yaml -k /nosuch/x
kubectl apply -f x.yaml --prune --all --prune-allowlist=foo
kubectl apply -f x.yaml --prune --all --prune-allowlist=core/v1/Foo
kubectl apply -f x.yaml --prune --all --prune-allowlist=apps/v1/Pod
kubectl apply -f x.yaml --prune --all --force
kubectl apply -f x.yaml --prune --server-side -l a=b
kubectl apply -f x.yaml --all -l a=b
kubectl apply -f x.yaml --dry-run=server --force
kubectl apply -f x.yaml --server-side --force
kubectl apply -f x.yaml --cascade=false --validate=foo
kubectl apply -f x.yaml -l 'a in'
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=false --prune --all --prune-allowlist=core/v1/Pod
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=false --prune -l app=web --prune-allowlist=core/v1/Pod
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=false --prune -l app=x --prune-allowlist=core/v1/Pod
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=false -l 'a in'
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=false -l run=x
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=false -R
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl apply -f p.json --dry-run=client --validate=false --openapi-patch=false --field-manager=me
echo '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"x","image":"nginx"}]}}' > p.json; kubectl create -f p.json --validate=false --raw x
kubectl create -f x.yaml --raw /x --edit
kubectl create -f x.yaml -f y.yaml --raw /x
kubectl create -f x.yaml --raw /x -R
kubectl create -f x.yaml --raw /x -l a=b
kubectl create -f x.yaml --raw /x -o yaml
kubectl create -f x.yaml --validate=foo --dry-run=foo
kubectl create --validate=foo
kubectl apply --validate=foo
kubectl create namespace --validate=foo
kubectl top pod --sort-by=foo
kubectl top pod --sort-by=cpu --containers=abc
kubectl top pod --field-selector=foo
kubectl top pod --sum=abc
kubectl top pod --use-protocol-buffers=false --sort-by=x
kubectl top pod kuard --field-selector=a=b
kubectl top pod kuard -l a=b
kubectl top pod kuard --sort-by=cpu -l a=b
kubectl top pod --field-selector=foo -l 'a in'
kubectl top node --sort-by=foo
kubectl top node --show-capacity -l a=b --sort-by=foo
kubectl top node x -l a=b
kubectl top node -l 'a in'
kubectl top node --use-protocol-buffers=abc
kubectl explain pods --output=foo
kubectl explain pods --api-version=v2
kubectl explain pods --api-version=v1
kubectl explain pods --api-version=apps/v1
kubectl explain pods --api-version=a/b/c
kubectl explain pods.spec.restartPolicy -o plaintext
kubectl explain pods.spec.nosuch -o foo
kubectl explain nosuch -o foo
kubectl explain pvc --api-version=v2
