# get pods -w on a new kuard Pod: Pending when created, Pending again when bound, ContainerCreating from the kubelet's first status (written by syncPod before the sandbox and the pull), then Running. A second Pod put straight on that node (nodeName), whose image is already there, still shows ContainerCreating.
kubectl apply -f kuard-pod.yaml
kubectl get pods -w
sleep 10
^C
kubectl get pod kuard -o jsonpath='{.spec.nodeName}{"\n"}'
kubectl apply -f kuard-node-3.yaml
kubectl get pods kuard2 -w
sleep 5
^C
