# The wider error sweep, recorded from the upstream kubectl v1.32 by npm run golden: flags kubectl
# has and the console took as unknown, and the order of its checks (client-errors.test.ts).
# Bad selectors are left out: the API server rejects them, and the stand-in server does not.
kubectl delete pod x --cascade=foo
kubectl delete pod x --cascade=orphan
kubectl delete pod x --cascade=foreground --now --grace-period=3
kubectl delete pod x --cascade=false
kubectl delete pod x --cascade=true --force --grace-period=2
kubectl delete pod x --cascade
kubectl delete pod x --grace-period=-1
kubectl delete pod x --now
kubectl delete pod x --force
kubectl delete pod x --wait=false
kubectl delete pod x --ignore-not-found
kubectl delete -f x.yaml kuard
kubectl delete -f x.yaml pod kuard
kubectl delete pod x --dry-run=foo
kubectl delete pods --all -A -l app=nosuch
kubectl delete pod x -A
kubectl delete pods -A
kubectl delete pod x --timeout=abc
kubectl delete pod x --now --force
kubectl delete pod x --force --grace-period=0
kubectl delete pod x --grace-period=0
kubectl delete pods x -o name
kubectl logs -c a b
kubectl logs kuard -c a b
kubectl logs --selector=app=x
kubectl logs -l app=x --max-log-requests=abc
kubectl logs kuard --limit-bytes=abc
kubectl logs kuard --limit-bytes=-1
kubectl logs kuard -p
kubectl logs kuard --prefix
kubectl logs kuard --all-containers -c x
kubectl logs kuard --pod-running-timeout=abc
kubectl logs kuard --ignore-errors
kubectl logs pod/kuard c1 -c c2
kubectl logs kuard -f --tail=abc
kubectl logs kuard --timestamps=maybe
kubectl logs -l app=x --all-pods
kubectl logs -l app=x -c a
kubectl logs -l app=x --max-log-requests=0
kubectl logs -f -l app=x --max-log-requests=1
kubectl logs kuard --since=1s --since-time=x
kubectl logs kuard --insecure-skip-tls-verify-backend
kubectl logs node/x
kubectl logs nodes x
kubectl logs pods/x/y
kubectl logs kuard a b
kubectl logs -l app=x a b
kubectl get pods --field-selector=status.phase!=Running
kubectl get pods --sort-by=foo
kubectl get pods --sort-by='{.metadata.name'
kubectl get pods --chunk-size=abc
kubectl get pods --chunk-size=10
kubectl get pods -L 'a,b='
kubectl get pods -o yaml --template=x
kubectl get pods --label-columns
kubectl get pods --selector
kubectl get pods --all-namespaces=foo
kubectl get pods -f
kubectl get -f nosuch.yaml
kubectl get pods -f x.yaml
kubectl get pods x -l a=b
kubectl get pods x y --field-selector=a=b
kubectl get pods/x -l a=b
kubectl get pods/x --field-selector=a=b
kubectl delete pods/x -l a=b
kubectl delete pods/x --all
kubectl get pods -w -A --chunk-size=x
kubectl get pods --no-headers=maybe
kubectl get pods --ignore-not-found=maybe
kubectl get pod x --ignore-not-found
kubectl get pods --show-labels -o name
kubectl get pods --show-labels -o wide
kubectl get pods --show-labels -o jsonpath={.items}
kubectl get pods -o name --sort-by=x
kubectl describe --foo
kubectl describe pod x --show-events=maybe
kubectl describe pod x --chunk-size=abc
kubectl describe pod x
kubectl describe pods
kubectl describe pod/x/y
kubectl describe nodez
kubectl logs -l app=x a b --since-time=x
kubectl label pod kuard a=b a-
kubectl label pod kuard a=b c=d c-
kubectl annotate pod kuard a- a=b
kubectl annotate pod kuard a=1 b=2 b- a-
kubectl label pod kuard a=b --dry-run=foo
kubectl annotate pod kuard a=b --dry-run=foo
kubectl label pod kuard a=vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
kubectl label pod kuard a=-vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
kubectl label pod kuard a=b --dry-run=client
kubectl label pod kuard a=b --dry-run=server
