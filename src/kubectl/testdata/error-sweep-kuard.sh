# The error sweep's second batch with a running kuard Pod (the stand-in serves our Pod and Nodes):
# the checks exec and port-forward make once they have the Pod. Lines that reach the container are
# left out: the stand-in cannot upgrade a connection.
# setup: kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue
# setup: kubectl wait --for=condition=Ready pod/kuard
kubectl exec nodes/node-1 -- ls
kubectl port-forward nodes/node-1 80
kubectl port-forward no/node-1 80
kubectl port-forward kuard 8080:abc
kubectl port-forward kuard abc:8080
kubectl port-forward kuard 8080:
kubectl port-forward kuard :0
kubectl port-forward kuard 0
kubectl port-forward kuard 99999
kubectl port-forward kuard 70000:8080
kubectl port-forward kuard 8080:-1
kubectl port-forward kuard -- -5
kubectl wait --for=jsonpath='{.status.phase}'== pod/kuard
kubectl wait --for=jsonpath='{.status.phase}'=a=b pod/kuard
kubectl wait --for=jsonpath='{.status.phase' pod/kuard
