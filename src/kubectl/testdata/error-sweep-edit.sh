# kubectl edit and kubectl wait: their flags, refusals and errors, and the kinds a v1.32 cluster
# serves that Pod Lab does not run, recorded from the upstream kubectl v1.32 (npm run golden).
# With a running kuard Pod, only the edit lines that fail before the editor opens are here; the
# stand-in ends watches early (client-go logs a warning), so waits that succeed drop stderr.
# stand-in: full discovery
# setup: kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue
# setup: kubectl wait --for=condition=Ready pod/kuard
kubectl edit pod x
kubectl edit pods -n kube-public
kubectl edit pod -n kube-public
kubectl edit pod x y
kubectl edit pod/x pod/y
kubectl edit pod/x deploy/y
kubectl edit pods,deployments -n kube-public
kubectl edit x
kubectl edit foo x
kubectl edit foo x --validate=foo
kubectl edit pod x -o wide
kubectl edit pod x -o foo
kubectl edit pod kuard -o wide
kubectl edit pod kuard -o name
kubectl edit pod kuard -o jsonpath={.metadata.name}
kubectl edit pod kuard --validate=foo
kubectl edit pod kuard --validate=Warn
kubectl edit pod kuard -f nope.yaml
kubectl edit pod x --output-patch
kubectl edit pod x --output-patch=maybe
kubectl edit pod x --output-patch -o foo
kubectl edit pod x --windows-line-endings
kubectl edit pod x --save-config
kubectl edit pod x --save-config=maybe
kubectl edit pod x --field-manager=me
kubectl edit pod x --field-manager=
kubectl edit pod x --subresource=status
kubectl edit pod x --subresource=scale
kubectl edit node x --subresource=status
kubectl edit pod x --validate=foo
kubectl edit pod x --validate=false
kubectl edit pod x --validate=warn
kubectl edit pod x --validate=TRUE
kubectl edit pod x --validate
kubectl edit pod x -l app=x
kubectl edit pods --field-selector=a=b
kubectl edit pods --all
kubectl edit pod x --show-managed-fields
kubectl edit pod x --template='{{.}}'
kubectl edit pod x --allow-missing-template-keys=false
kubectl edit -f nope.yaml
kubectl edit -f
kubectl edit --filename=nope.yaml
kubectl edit -f nope.yaml --validate=foo
kubectl edit pod x -f nope.yaml
kubectl edit pod x -R
kubectl edit pod x --record
kubectl edit pod x --record=maybe
kubectl edit pod x --foo
kubectl edit deployment x
kubectl edit deployments -n kube-public
kubectl edit deploy/x
kubectl edit deployment.apps/x
kubectl edit cm x
kubectl edit configmaps -n kube-public
kubectl edit svc kubernetes
kubectl edit ns nope
kubectl edit node nope
kubectl wait --for=delete deployment/x
kubectl wait --for=delete deployment/x -o name
kubectl wait --for=condition=Available deployment/x
kubectl wait --for=condition=Available deployment/x --timeout=1s
kubectl wait --for=create deployment/x --timeout=1s
kubectl wait --for=delete deployments --all
kubectl wait --for=condition=Available deployments --all
kubectl wait --for=condition=Ready deployment.apps/x
kubectl wait --for=condition=Ready deployments.v1.apps/x
kubectl wait --for=condition=Ready svc kubernetes
kubectl wait --for=jsonpath='{.status}' cm/x
kubectl wait --for=delete cm x y
kubectl wait --for=condition=Ready cm/x --timeout=0
kubectl wait --for=condition=Ready deployments -l app=x
kubectl wait --for=condition=Ready pods,deployments -l app=x
kubectl wait --for=condition=Ready pods -l app=x
kubectl wait --for=condition=Ready pods -A -l app=x
kubectl wait --for=delete pods -A -l app=x
kubectl wait --for=condition=Ready pod/x -A
kubectl wait --for=create pod/x -A
kubectl wait --for=condition=Ready pod/x -o name
kubectl wait --for=condition=Ready pod/x -o wide
kubectl wait --for=condition=Ready pod/x -o foo
kubectl wait --for=condition=Ready pod/x -o jsonpath=
kubectl wait --for=condition=Ready pod/x -o custom-columns=A:.a
kubectl wait --for=condition=Ready pod/x -o jsonpath-file=nope
kubectl wait --for=condition=Ready pod/x --template='{{'
kubectl wait --for=foo pod/x -o wide
kubectl wait --for=condition=Ready pod/x --local
kubectl wait --for=condition=Ready pod/x --local -f nope.yaml
kubectl wait --for=condition=Ready --local
kubectl wait --for=condition=Ready -f nope.yaml
kubectl wait --for=condition=Ready -f nope.yaml --local
kubectl wait --for=condition=Ready pod/x --show-managed-fields
kubectl wait --for=condition=Ready pod/x --template='{{.}}'
kubectl wait --for=condition=Ready pod/x -R=false
kubectl wait --for=condition=Ready pod/x --timeout=-1s
kubectl wait --for=condition=Ready pod/x --timeout=0
kubectl wait --for=condition=Ready foo/x
kubectl wait --for=condition=Ready pod/kuard -o name 2>/dev/null
kubectl wait --for=condition=Ready pod/kuard -o jsonpath={.status.phase} 2>/dev/null
kubectl wait --for=condition=Ready pod/kuard --template={{.metadata.name}} 2>/dev/null
kubectl wait --for=condition=Ready pods --all -o name 2>/dev/null
kubectl wait --for=jsonpath={.status.phase}=Running pod/kuard --timeout=0
kubectl wait --for=condition=Ready pod/kuard -o json --show-managed-fields --template=x 2>/dev/null
