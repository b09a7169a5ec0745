# Client-side errors and an empty cluster's answers, recorded from the upstream kubectl v1.32
# by npm run golden; the console must print the same (client-errors.test.ts).
kubectl gett pods
kubectl list
kubectl ps
kubectl po
kubectl desribe pod kuard
kubectl zzzzzz
kubectl hlp
kubectl e
kubectl lable pod kuard a=b
kubectl --foo get pods
kubectl -x get pods
kubectl -n default --foo get pods
kubectl -h get pods
kubectl -n default lis
kubectl --foo=bar get pods
kubectl --foo list
kubectl --foo
kubectl -n
kubectl -v=abc get pods
kubectl get pods --foo
kubectl get pods -z
kubectl get pods -it
kubectl get pods -n
kubectl get pods -l
kubectl get pods --namespace
kubectl get pods --tail
kubectl get pods --watch=maybe
kubectl logs x --tail=abc
kubectl delete pod x --grace-period=abc
kubectl run kuard --image=x --generator=run-pod/v1
kubectl get
kubectl describe
kubectl get podz
kubectl describe podz
kubectl delete podz x
kubectl get pod/
kubectl get pods pod/kuard
kubectl get pods -o foo
kubectl get pods -o jsonpath
kubectl get pods -o jsonpath=
kubectl get pods -o go-template
kubectl get pods -o jsonpath-file
kubectl get pods -o custom-columns
kubectl get pods -o custom-columns=A:.x,
kubectl get pods -o WIDE
kubectl get pods -o json=
kubectl get pods/kuard/x
kubectl describe pod/kuard/
kubectl get /kuard
kubectl get pods,nodes/x
kubectl get pod/ kuard
kubectl get podz/a pods/b/c
kubectl logs kuard --since=5
kubectl logs kuard --since=5x
kubectl logs kuard --since=.s
kubectl wait pod/x --for=delete --timeout=10
kubectl delete pod x --timeout=3
kubectl port-forward x 80 --pod-running-timeout=1
kubectl run x --image=
kubectl run x --image= --restart=Foo
kubectl run x --image=NGINX -t
kubectl run x --image=nginx: --dry-run=client
kubectl run --image=nginx -o foo
kubectl run x --image=nginx -o wide
kubectl run x --image=nginx -o jsonpath
kubectl run x --image=nginx --image-pull-policy=Foo --restart=Foo
kubectl run x --image=nginx -i --dry-run=client --restart=Foo
kubectl run x --image=nginx --rm --image-pull-policy=Foo
kubectl run x --image=nginx --env=A --image-pull-policy=Foo
kubectl run x --image=nginx --annotations=bad --env=A
kubectl run x --image=nginx --port=abc --annotations=bad
kubectl run x --image=nginx --annotations=bad --labels=bad
kubectl run x --image=nginx --dry-run=false -o foo
kubectl run x --image=nginx --dry-run -i
kubectl apply a b
kubectl apply -f nosuch.yaml x
kubectl create kuard-pod.yaml
kubectl delete pods --all -l a=b
kubectl delete pod x --all -l a=b
kubectl run --image=x
kubectl run kuard --image=x --restart=Sometimes
kubectl run x --image=i --env=FOO
kubectl run x --image=i --labels=bad
kubectl run x --image=i --port=abc
kubectl run x --image=i --dry-run=foo
kubectl exec kuard
kubectl exec
kubectl exec kuard date
kubectl logs
kubectl logs a b c
kubectl logs kuard
kubectl logs kuard --tail=-2
kubectl apply
kubectl create
kubectl apply -f nosuch.yaml
kubectl port-forward kuard
kubectl delete
kubectl delete pod
kubectl delete pod x --now --grace-period=5
kubectl delete pod x --force --grace-period=5
kubectl get pod kuard
kubectl get pods kuard x
kubectl get pods/kuard pods/x
kubectl describe pod kuard
kubectl exec kuard -- ls
kubectl label pod kuard
kubectl label pod kuard a=b c
kubectl annotate pod kuard
kubectl cp
kubectl cp a b
kubectl explain
kubectl explain podz
kubectl explain pods a
kubectl logs kuard -l app=x
kubectl logs kuard --since=abc
kubectl wait pod/x --for=condition=Ready --timeout=abc
kubectl wait pod/kuard --for=foo
kubectl top pod a b
kubectl delete pod x -l a=b
kubectl delete pod x --all
kubectl cp a:b c:d
kubectl cp a b c
kubectl config set-context
kubectl config set-context a --current
kubectl delete -f a.yaml
# The book's spellings and common slips.
kubectl run kuard --generator=run-pod/v1 --image=gcr.io/kuar-demo/kuard-amd64:blue
kubectl list pods
kubectl run kuard
kubectl run kuard --restart=Never
kubectl get pods -Z
kubectl get pods --request-timeout=abc
kubectl get pods -o
kubectl lgos kuard
kubectl version --client
kubectl version
kubectl get pods --watch=2
kubectl logs kuard --since=-1s
kubectl logs kuard -f=maybe
kubectl top pod --foo
kubectl config view --foo
kubectl config get-contexts --bar
kubectl config foo
kubectl get pods --request-timeout=-1
kubectl get pods --request-timeout=5x
kubectl version --client --request-timeout=abc
# The wider sweep: each error path of our kubectl, once.
kubectl wait pod --for=delete
kubectl wait kuard --for=delete
kubectl delete pods --all --field-selector=a=b
kubectl get pods --all -l a=b
kubectl edit
kubectl events --types=Foo
kubectl events --for=pod/x --types=Info
kubectl config use-context nosuch
kubectl label pod kuard A@=b
kubectl label pod kuard a=-b
kubectl label pod kuard 'a=b c'
kubectl label pod kuard a=b --overwrite=maybe
kubectl annotate pod kuard a
kubectl label pod kuard a-b-
kubectl label pods --all -l a=b c=d
kubectl label pod kuard a=b -l c=d
kubectl label pod a=b
kubectl logs kuard --since=1h --since-time=2020-01-01T00:00:00Z
kubectl logs kuard --since-time=yesterday
kubectl logs kuard --tail=x
kubectl logs kuard extra extra2
kubectl logs -l app=kuard --tail=x
kubectl port-forward kuard 80:abc
kubectl port-forward kuard abc
kubectl port-forward kuard 0
kubectl port-forward kuard 70000
kubectl port-forward kuard 8080:8080 --address=foo
kubectl port-forward kuard 8080
kubectl exec -it kuard
kubectl exec kuard -c -- ls
kubectl exec kuard -- ls
kubectl top pod -l a=b x
kubectl describe pods x y
kubectl describe nodes nosuch
kubectl delete nodes nosuch
kubectl delete pod x --wait=maybe
kubectl delete pod x --grace-period=-5 --force
kubectl get pods --sort-by='{.'
kubectl get pods -L
kubectl get pods -o custom-columns=NAME
kubectl get pods -o custom-columns=NAME:.metadata.name,:x
kubectl get pods -o template
kubectl get events --field-selector=involvedObject.name=x
kubectl get ns nosuch
kubectl get pv nosuch
kubectl get pvc nosuch
kubectl get all
kubectl get pods -o jsonpath='{.items[*].x}'
kubectl run x --image=nginx --limits=cpu=abc
kubectl run x --image=nginx --requests=foo
kubectl run X --image=nginx --dry-run=client
kubectl run x_y --image=nginx --dry-run=client
kubectl run x --image=nginx --labels=a=b,a=c --dry-run=client -o name
kubectl apply -f
kubectl apply -f nosuch.yaml --dry-run=foo
kubectl apply -f nosuch.yaml -o foo
kubectl create foo
kubectl api-resources --foo
kubectl api-resources -o foo
kubectl version -o foo
kubectl cp kuard: /tmp/x
kubectl cp :x y
kubectl cp a/b/c:x y
kubectl label pod kuard a=b=c
kubectl top node a b
kubectl top foo
kubectl describe pod -l a=b x
kubectl delete pod x -o yaml
kubectl version x
kubectl version x -o foo
kubectl create namespace foo --dry-run=client -o yaml
kubectl create ns foo --dry-run=client -o json
kubectl create ns foo --dry-run=client
kubectl create namespace foo --dry-run=client -o name
kubectl create namespace foo --dry-run=client -o jsonpath={.metadata.name}
kubectl create namespace foo --save-config --dry-run=client -o yaml
kubectl create namespace
kubectl create namespace a b
kubectl create namespace foo --dry-run=bogus
kubectl create namespace foo -o wide
kubectl create namespace foo -f x.yaml
kubectl run x --image=nginx --dry-run=client -o json --port=80 --env=A=b --image-pull-policy=Never --annotations=a=b --labels=c=d -- sh -c 'x<y'
kubectl get pods -o custom-columns-file=nope.txt
kubectl get pods -o jsonpath-file=nope.txt
kubectl get pods -o custom-columns=A:.metadata.name}
kubectl get pods -o custom-columns=A:.metadata[
kubectl get pods -o custom-columns=NAME:metadata.name,X
kubectl run x --image=nginx --dry-run=client -o jsonpath-file=nope.txt
kubectl get pods -o go-template
kubectl get pods -o go-template-file=missing.tmpl
kubectl get pods -o templatefile=missing.tmpl
kubectl get pods -o go-template='{{.items'
kubectl get pods --template='{{.items'
kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{end}}'
kubectl get pods --template='{{.kind}}'
kubectl get pods -o template --template='{{.kind}} {{len .items}}'
kubectl run x --image=nginx --dry-run=client -o go-template='{{.metadata.name}} {{.spec.containers}}'
kubectl run x --image=nginx --dry-run=client -o go-template='{{.metadata.name.x}'
