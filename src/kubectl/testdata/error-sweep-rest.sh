# The error sweep's third batch over an empty cluster, recorded from the upstream kubectl v1.32 by
# npm run golden: kubectl's global flags in front of and behind the command, and the checks of
# version, config, top node, api-resources, completion and options. Swept with
# scripts/golden/sweep.ts. Lines whose text names the kubeconfig's own context, cluster or user
# differ by design (the stand-in's kubeconfig is not the console's) and are pinned in unit tests.
kubectl --as=foo get pods
kubectl get pods --as=foo
kubectl get pods --as=a --as-group=x
kubectl -s
kubectl get pods -s
kubectl get pods --server=
kubectl get pods --insecure-skip-tls-verify
kubectl get pods --insecure-skip-tls-verify=maybe
kubectl get pods --warnings-as-errors
kubectl get pods --warnings-as-errors=x
kubectl get pods --context=nosuch
kubectl --context=nosuch get pods
kubectl get --context=nosuch
kubectl get pods --cluster=nosuch
kubectl get pods --user=nosuch
kubectl get pods --context=nosuch --user=nosuch
kubectl get pods --kubeconfig=nosuch
kubectl --kubeconfig nosuch get pods
kubectl describe pods --context=nosuch
kubectl logs x --cluster=nosuch
kubectl label pod x a=b --context=nosuch
kubectl run x --image=y --context=nosuch
kubectl run x --image=y --cluster=nosuch
kubectl run x --image=y --dry-run=client --user=nosuch
kubectl apply -f x.yaml --context=nosuch
kubectl explain pods --cluster=nosuch
kubectl top node --context=nosuch
kubectl wait --for=delete pod/x --cluster=nosuch
kubectl api-resources --context=nosuch
kubectl cluster-info --user=nosuch
kubectl version --context=nosuch
kubectl version --client --context=nosuch
kubectl version --client --kubeconfig=nosuch
kubectl version --kubeconfig=nosuch
kubectl create namespace x --dry-run=client --cluster=nosuch
kubectl top pod --kubeconfig=nosuch
kubectl events --cluster=nosuch
kubectl get pods --request-timeout=abc
kubectl get pods --request-timeout=5s
kubectl get pods --request-timeout=5
kubectl --request-timeout=abc version --client
kubectl get pods --v=0
kubectl get pods -v 0
kubectl get pods --token=x
kubectl get pods --username=x --password=y
kubectl get pods --cache-dir=/tmp/x
kubectl get pods --profile=foo
kubectl get pods --profile=
kubectl --profile=foo version --client
kubectl get --profile=foo
kubectl get pods --log-flush-frequency=abc
kubectl get pods --log-flush-frequency=1
kubectl get pods --log-flush-frequency=1s
kubectl get pods --vmodule=x
kubectl get pods --vmodule=x=abc
kubectl get pods --vmodule=x=-1
kubectl get pods --vmodule=x=1,,y=2
kubectl get pods --vmodule==1
kubectl get pods --vmodule=x=99999999999
kubectl get pods --disable-compression
kubectl get pods --tls-server-name=x
kubectl -s x get pods --foo
kubectl --vmodule x=1 get pods
kubectl version -o json --client
kubectl version -o yaml --client
kubectl version --client=maybe
kubectl version --short
kubectl version --client -o json=x
kubectl completion
kubectl completion foo
kubectl completion bash zsh
kubectl completion --foo
kubectl completion foo bar
kubectl options --foo
kubectl options -z
kubectl api-resources x
kubectl api-resources x -o foo
kubectl api-resources -o foo
kubectl api-resources --sort-by=foo
kubectl config get-contexts nosuch
kubectl config get-contexts a b
kubectl config get-contexts nosuch -o name
kubectl config get-contexts nosuch --no-headers
kubectl config get-contexts -o foo
kubectl config use-context >/dev/null
kubectl config use-context a b >/dev/null
kubectl config view x
kubectl config view -o foo
kubectl config view -o wide
kubectl config view -o custom-columns=A:.kind
kubectl config view -o jsonpath='{.kind}'
kubectl config view -o jsonpath='{.apiVersion} {.kind}'
kubectl config view -o name
kubectl config view -o json | head -3
kubectl config view --flatten --minify -o jsonpath='{.kind}'
kubectl config view --merge=false
kubectl config view --raw -o jsonpath='{.apiVersion}'
kubectl config view -o go-template='{{.kind}}'
kubectl config view --template='{{.kind}}' -o go-template
