# Kinds a v1.32 cluster serves that Pod Lab does not run, against an empty cluster: recorded from
# the upstream kubectl v1.32 by npm run golden; the console must print the same (client-errors.test.ts).
# stand-in: full discovery
kubectl get deployments
kubectl get deployments -A
kubectl get deploy x
kubectl get deployment.apps/x
kubectl get deployments.apps
kubectl get deployments.v1.apps x
kubectl get Deployment
kubectl get deploy x y
kubectl get deploy x --ignore-not-found
kubectl get deploy x -o json
kubectl get deploy -o name
kubectl get deploy -o jsonpath={.items}
kubectl get deploy -o custom-columns=NAME:.metadata.name
kubectl get configmaps
kubectl get cm -o json
kubectl get cm x -o yaml
kubectl get secrets -o yaml
kubectl get services -n kube-system
kubectl get svc -A
kubectl get svc kubernetes
kubectl get configmaps.v1 x
kubectl get pvc -A
kubectl get pods,deployments
kubectl get deployments,pods -n kube-public
kubectl get pod/x deploy/x
kubectl get jobs,cronjobs -A
kubectl get ingresses.networking.k8s.io
kubectl get statefulsets.apps x
kubectl get hpa
kubectl get roles.rbac.authorization.k8s.io
kubectl get storageclasses
kubectl get sc standard
kubectl get rs,ds,sts -o wide
kubectl get sa
kubectl get deploy --show-labels -l app=web
kubectl describe deployments
kubectl describe deploy x
kubectl describe configmap x
kubectl describe svc -A
kubectl delete deploy x
kubectl delete deployments --all
kubectl delete svc x --ignore-not-found
kubectl delete deploy x --dry-run=client
kubectl delete cm/x -o name --dry-run=client
kubectl label deploy x a=b
kubectl label deployments --all a=b
kubectl annotate cm x a=b
kubectl annotate secrets --all a=b
kubectl get pods.v1 x
kubectl get pods.v1. x
kubectl get pods. x
kubectl get configmaps.v1 x
kubectl get configmaps.v1. x
kubectl get deploy.apps x
kubectl get deployments.v2.apps x
kubectl get deployments.apps.v1 x
kubectl get deployments.apps. x
kubectl get ingresses.networking.k8s.io x
kubectl get ingresses.v1.networking.k8s.io x
kubectl get foo.bar x
kubectl logs deploy/x
kubectl logs job/x -f
