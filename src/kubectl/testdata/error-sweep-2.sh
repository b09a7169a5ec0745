# The error sweep's second batch over an empty cluster, recorded from the upstream kubectl v1.32 by
# npm run golden: the order of exec's, port-forward's, wait's and run's checks, and --dry-run's
# values on every command that has it. Swept with scripts/golden/sweep.ts.
kubectl exec kuard ls -- ls
kubectl exec kuard ls
kubectl exec kuard -- ls
kubectl exec kuard
kubectl exec
kubectl exec -- ls
kubectl exec kuard a b -- ls
kubectl exec pods/x/y -- ls
kubectl exec pod/x -- ls
kubectl exec pods/x/y
kubectl port-forward kuard 8080:80:90
kubectl port-forward kuard
kubectl port-forward
kubectl port-forward pods/x/y 8080
kubectl port-forward kuard 8080:abc
kubectl port-forward kuard abc
kubectl port-forward kuard 0:0
kubectl port-forward kuard 99999
kubectl wait --for=condition= pod/x
kubectl wait --for=condition=
kubectl wait --for=delete
kubectl wait --for=delete pod/x
kubectl wait pod/x
kubectl wait --for=foo pod/x
kubectl wait --for=jsonpath= pod/x
kubectl wait --for=jsonpath='{.status}'=x pod/x
kubectl run x --image=y --env=1A=b
kubectl run x --image=y --env=A
kubectl run x --image=y --env==b
kubectl run x --image=y --dry-run=
kubectl delete pod x --dry-run=
kubectl label pod x a=b --dry-run=
kubectl annotate pod x a=b --dry-run=
kubectl apply -f x.yaml --dry-run=
kubectl create -f x.yaml --dry-run=
kubectl create namespace x --dry-run=
kubectl edit pod x --dry-run=
kubectl create namespace x --dry-run=foo
kubectl run x --image=y --env=A=b --dry-run=client
kubectl run x --image=y --env=A.b-c_d=e --dry-run=client
kubectl run x --image=y --env=..a=b --dry-run=client
kubectl run x --image=y --env=.=b --dry-run=client
kubectl run x --image=y --env=.a=b --dry-run=client
kubectl run x --image=y --env='a b=c' --dry-run=client
kubectl run x --image=y --env=a=b=c --dry-run=client -o jsonpath='{.spec.containers[0].env}'
kubectl exec pod/ -- ls
kubectl exec /x -- ls
kubectl exec pods,nodes/x -- ls
kubectl exec nodes/x -- ls
kubectl exec nosuch/x -- ls
kubectl exec deployment/x -- ls
kubectl port-forward deployment/x 80
kubectl port-forward nodes/x 80
kubectl port-forward kuard abc:80
kubectl wait --for=create pod/x --timeout=1s
kubectl wait --for=Delete pod/x
kubectl wait --for=CREATE
kubectl wait --for=jsonpath= pod/x
kubectl wait --for=jsonpath=
kubectl wait --for=jsonpath=.a=
kubectl wait --for=jsonpath=.a='' pod/x
kubectl wait --for=jsonpath=.a==b pod/x
kubectl wait pods
kubectl wait pods --for=delete
kubectl wait pods --all --for=delete
