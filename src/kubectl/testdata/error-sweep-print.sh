# The printing flags of the commands that change objects (-o, --template, --show-managed-fields,
# --allow-missing-template-keys), on client dry runs so the stand-in's answers are not needed.
# setup: kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue
kubectl run x --image=nginx --dry-run=client -o name
kubectl run x --image=nginx --dry-run=client -o foo
kubectl run x --image=nginx --dry-run=client -o wide
kubectl run x --image=nginx --dry-run=client -o custom-columns=A:.kind
kubectl run x --image=nginx --dry-run=client --template='{{.metadata.name}}'
kubectl run x --image=nginx --dry-run=client -o go-template='{{.metadata.name}}'
kubectl run x --image=nginx --dry-run=client -o template='{{.kind}}'
kubectl run x --image=nginx --dry-run=client -o go-template='{{.metadata.nope}}'
kubectl run x --image=nginx --dry-run=client -o go-template='{{.metadata.nope}}' --allow-missing-template-keys=false
kubectl run x --image=nginx --dry-run=client -o jsonpath='{.metadata.nope}' --allow-missing-template-keys=false
kubectl run x --image=nginx --dry-run=client -o jsonpath='{.metadata.nope}'
kubectl run x --image=nginx --dry-run=client -o jsonpath='{.metadata.name'
kubectl run x --image=nginx --dry-run=client -o go-template='{{.metadata.name'
kubectl run x --image=nginx --dry-run=client -o jsonpath-as-json='{.metadata.name}'
kubectl run x --image=nginx --dry-run=client -o go-template
kubectl run x --image=nginx --dry-run=client -o templatefile=nope.tmpl
kubectl run x --image=nginx --dry-run=client -o yaml --show-managed-fields
kubectl run x --image=nginx --dry-run=client -o json --template='{{.kind}}'
kubectl run x --image=nginx --dry-run=client -o jsonpath --template='{.kind}'
kubectl run x --image=nginx --dry-run=client --allow-missing-template-keys=maybe
echo '{{.kind}}' > t.tmpl && kubectl run x --image=nginx --dry-run=client -o go-template-file=t.tmpl
echo '{.kind}' > t.txt && kubectl run x --image=nginx --dry-run=client -o jsonpath-file=t.txt
kubectl create namespace x --dry-run=client -o name
kubectl create namespace x --dry-run=client -o foo
kubectl create namespace x --dry-run=client --template='{{.kind}}'
kubectl create namespace x --dry-run=client -o go-template='{{.nope}}' --allow-missing-template-keys=false
kubectl create namespace x --dry-run=client -o jsonpath-as-json='{.kind}'
kubectl label pod kuard a=b --dry-run=client -o name
kubectl label pod kuard a=b --dry-run=client -o foo
kubectl label pod kuard a=b --dry-run=client -o jsonpath='{.metadata.labels}'
kubectl label pod kuard a=b --dry-run=client --template='{{.metadata.labels.a}}'
kubectl label pod kuard a=b --dry-run=client -o yaml
kubectl label pod kuard a=b --dry-run=client -o yaml --show-managed-fields
kubectl label pod kuard a=b --dry-run=client -o go-template='{{.nope}}' --allow-missing-template-keys=false
kubectl label pod kuard a=b --dry-run=client -o wide
kubectl annotate pod kuard a=b --dry-run=client -o name
kubectl annotate pod kuard a=b --dry-run=client -o foo
kubectl annotate pod kuard a=b --dry-run=client -o jsonpath='{.metadata.annotations}'
kubectl annotate pod kuard a=b --dry-run=client -o json --show-managed-fields
kubectl label pod kuard run- --dry-run=client -o name
kubectl label pod kuard run=kuard --dry-run=client -o name
kubectl label pods --all a=b --dry-run=client -o name
kubectl get pod kuard -o yaml > k.yaml && kubectl create -f k.yaml --validate=false --dry-run=client -o name
kubectl apply -f nope.yaml -o foo
kubectl create -f nope.yaml -o foo
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl create -f y.yaml --validate=false --dry-run=client -o jsonpath='{.kind}'
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl apply -f y.yaml --validate=false --dry-run=client -o yaml
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl apply -f y.yaml --validate=false --dry-run=client --template='{{.metadata.name}}'
kubectl edit pod kuard -o foo
kubectl delete pod kuard -o yaml
kubectl delete pod kuard -o foo
kubectl label pod nope a=b -o foo
kubectl label pod nope a=b -o go-template='{{.x'
kubectl label pod kuard a=b --dry-run=client -o go-template='{{.x'
kubectl label pod kuard tier- --dry-run=client -o name
kubectl label pod kuard tier- --dry-run=client -o yaml --template='{{.x}}'
kubectl annotate pod nope a=b -o foo
kubectl annotate pod kuard a=b -o foo
kubectl get pod kuard -o go-template='{{len .metadata.managedFields}}'
kubectl get pod kuard -o jsonpath-as-json='{.kind}{"\n"}{.metadata.labels}'
kubectl get pod kuard -o jsonpath-as-json='{.metadata.nope}'
kubectl get pods -o jsonpath-as-json='{range .items[*]}{.metadata.name}{end}'
kubectl get pod kuard -o go-template='{{.nope.x}}' --allow-missing-template-keys=false
kubectl get pod kuard -o jsonpath='{.spec.nope.x}' --allow-missing-template-keys=false
kubectl get pod kuard -o jsonpath='{.spec.containers[*].nope}' --allow-missing-template-keys=false
kubectl get pod kuard -o jsonpath='{..nope}' --allow-missing-template-keys=false
kubectl get pod kuard -o yaml --allow-missing-template-keys=false
kubectl run x --image=nginx -o foo --dry-run=nope
kubectl run x --image=nginx -o go-template='{{.x' --dry-run=client
kubectl run x --image=nginx --dry-run=client -o jsonpath='{.kind}' --template='{.metadata.name}'
kubectl run x --image=nginx --dry-run=client -o go-template= --template='{{.kind}}'
kubectl run x --image=nginx --dry-run=client -o yaml --template='{{.kind}}'
kubectl run x --image=nginx --dry-run=client -o name --template='{{.kind}}'
kubectl run x --image=nginx --dry-run=client -o go-template-file=nope.t --template='{{.kind}}'
kubectl run x --image=nginx --dry-run=client -o go-template='{{.metadata.nope.x}}' --allow-missing-template-keys=false
kubectl create namespace x -o go-template-file=nope.t
kubectl create namespace -o foo
kubectl create -f nope.yaml -o go-template='{{.x'
kubectl create -f nope.yaml -o go-template-file=nope.t
kubectl apply -f nope.yaml -o go-template-file=nope.t
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl apply -f y.yaml --validate=false --dry-run=client -o foo
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl apply -f y.yaml --validate=false --dry-run=client -o yaml
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl create -f y.yaml --validate=false --dry-run=client -o json
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl create -f y.yaml --validate=false --dry-run=client --template='{{.kind}}'
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl run z --image=nginx --dry-run=client -o yaml >> y.yaml && kubectl apply -f y.yaml --validate=false --dry-run=client -o name
kubectl edit pod nope -o foo
kubectl delete pod kuard -o name --dry-run=client
kubectl delete pod kuard --template=x
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl run z --image=nginx --dry-run=client -o yaml >> y.yaml && kubectl create -f y.yaml --validate=false --dry-run=client -o yaml
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl run z --image=nginx --dry-run=client -o yaml >> y.yaml && kubectl create -f y.yaml --validate=false --dry-run=client -o json
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl run z --image=nginx --dry-run=client -o yaml >> y.yaml && kubectl apply -f y.yaml --validate=false --dry-run=client -o jsonpath='{.items[*].metadata.name}'
kubectl run y --image=nginx --dry-run=client -o yaml > y.yaml && kubectl create -f y.yaml --validate=false --dry-run=client -o foo
kubectl run x --image=nginx --dry-run=client -o jsonpath-as-json='{.spec.containers[*].name}{.metadata.labels}'
kubectl label pod kuard a=b --dry-run=client -o jsonpath-as-json='{.metadata.labels}'
kubectl annotate pod kuard a=b --dry-run=client -o go-template='{{.metadata.annotations.a}}{{"\n"}}'
kubectl annotate pod kuard a=b --dry-run=client -o go-template-file=nope.tmpl
kubectl label pod kuard a=b --dry-run=client -o jsonpath-file=nope.txt
kubectl label pod kuard a=b -o go-template='{{.x' --dry-run=client
kubectl create namespace x --dry-run=client -o json --show-managed-fields
kubectl create namespace x --dry-run=client -o go-template='{{.metadata}}'
kubectl edit pod kuard -o JSONX
kubectl edit pod kuard -o wide
kubectl get pod kuard -o yaml > k.yaml && kubectl apply -f k.yaml --validate=false --dry-run=client -o name
kubectl get pod kuard -o yaml > k.yaml && kubectl apply -f k.yaml --validate=false --dry-run=client
kubectl get pod kuard -o yaml > k.yaml && kubectl apply -f k.yaml --validate=false --dry-run=client -o jsonpath='{.metadata.name}'
kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue --dry-run=client -o yaml > k.yaml && kubectl apply -f k.yaml --validate=false --dry-run=client
