# Several types in one get, with a Pending kuard Pod (the stand-in serves our Pod and Nodes): the
# kind prefix shows when the builder's results span kinds (get.go multipleGVKsRequested: a listed
# type counts even when empty, a missing name does not), and "No resources found" names the
# namespace only when every listed type is namespaced (allResourcesNamespaced).
# setup: kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue
kubectl get pods,pv
kubectl get pv,pods
kubectl get pods,pods
kubectl get pods,nodes
kubectl get pod/kuard pv/x
kubectl get pod/kuard node/node-1
kubectl get pod/kuard pods
kubectl get pvc,pv
kubectl get pv
kubectl get pvc
kubectl get pvc,pods -l app=nothing
kubectl get pv,pvc -o name
kubectl get pods,pv -o wide
