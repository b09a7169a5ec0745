# What a learner types at a running kuard Pod (the stand-in serves our Pod and Nodes): removing an
# absent label, several values in one custom column, the column and template files, and managed
# fields, which only the JSON and YAML printers hide unless asked for.
# setup: kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue
# setup: kubectl wait --for=condition=Ready pod/kuard
kubectl label pod kuard tier-
kubectl label pod kuard tier- other-
kubectl label pod kuard tier- run-
kubectl get pod kuard -o custom-columns=NAME:.metadata.name,PORTS:.spec.containers[*].ports[*].containerPort
kubectl get pod kuard -o custom-columns=TYPES:.status.conditions[*].type,IMAGES:..image
echo 'NAME   IMAGE' > cols.txt; echo '.metadata.name .spec.containers[0].image' >> cols.txt; kubectl get pod kuard -o custom-columns-file=cols.txt
echo 'NAME' > cols.txt; kubectl get pod kuard -o custom-columns-file=cols.txt
echo '' > cols.txt; kubectl get pod kuard -o custom-columns-file=cols.txt
kubectl get pod kuard -o custom-columns-file=nosuch.txt
echo '{{.metadata.name}} {{.status.phase}}' > pod.tmpl; kubectl get pod kuard -o go-template-file=pod.tmpl
echo '{{.metadata.name' > pod.tmpl; kubectl get pod kuard -o go-template-file=pod.tmpl
kubectl get pod kuard -o go-template-file=nosuch.tmpl
echo '{.metadata.name}' > name.txt; kubectl get pod kuard -o jsonpath-file=name.txt
echo '{.metadata.name' > name.txt; kubectl get pod kuard -o jsonpath-file=name.txt
kubectl get pod kuard -o yaml
kubectl get pod kuard -o yaml --show-managed-fields
kubectl get pod kuard -o json --show-managed-fields
kubectl get pod kuard -o jsonpath='{.metadata.managedFields[*].manager}'
kubectl get pod kuard -o jsonpath='{.metadata.managedFields[*].manager}' --show-managed-fields
kubectl get pod kuard -o go-template='{{range .metadata.managedFields}}{{.manager}} {{.operation}} {{.subresource}}{{"\n"}}{{end}}'
kubectl get pod kuard -o go-template='{{range .metadata.managedFields}}{{.manager}} {{.operation}} {{.subresource}}{{"\n"}}{{end}}' --show-managed-fields
kubectl get pod kuard -o custom-columns=MANAGERS:.metadata.managedFields[*].manager
