# kubectl explain, in the v1.32 OpenAPI v3 plaintext format, for the kinds and fields the lessons
# use: recorded from the upstream kubectl v1.32 by npm run golden against the stand-in serving the
# schemas Pod Lab renders (src/sim/openapi/core-v1.openapi.json); the console must print the same.
kubectl explain pods
kubectl explain po
kubectl explain pod.metadata
kubectl explain pod.metadata.name
kubectl explain pod.metadata.labels
kubectl explain pod.spec
kubectl explain pod.spec.containers
kubectl explain pods.spec.containers.image
kubectl explain pod.spec.containers.imagePullPolicy
kubectl explain pod.spec.containers.command
kubectl explain pod.spec.containers.ports
kubectl explain pod.spec.containers.ports.containerPort
kubectl explain pod.spec.containers.ports.protocol
kubectl explain pod.spec.containers.resources
kubectl explain pod.spec.containers.resources.requests
kubectl explain pod.spec.containers.resources.limits
kubectl explain pod.spec.containers.livenessProbe
kubectl explain pod.spec.containers.livenessProbe.httpGet
kubectl explain pod.spec.containers.livenessProbe.httpGet.port
kubectl explain pod.spec.containers.livenessProbe.httpGet.scheme
kubectl explain pod.spec.containers.readinessProbe.tcpSocket
kubectl explain pod.spec.containers.readinessProbe.exec
kubectl explain pod.spec.containers.livenessProbe.periodSeconds
kubectl explain pod.spec.containers.volumeMounts
kubectl explain pod.spec.containers.volumeMounts.mountPath
kubectl explain pod.spec.restartPolicy
kubectl explain pod.spec.volumes
kubectl explain pod.spec.volumes.emptyDir
kubectl explain pod.spec.volumes.hostPath
kubectl explain pod.spec.volumes.hostPath.type
kubectl explain pod.spec.volumes.nfs
kubectl explain pod.spec.volumes.persistentVolumeClaim
kubectl explain pod.status
kubectl explain pod.status.phase
kubectl explain pod.status.qosClass
kubectl explain pod.status.containerStatuses.state
kubectl explain pod.spec.containers --recursive
kubectl explain pod.spec.volumes.nfs --recursive
kubectl explain pv
kubectl explain persistentvolumes.spec
kubectl explain pv.spec.accessModes
kubectl explain pv.spec.capacity
kubectl explain pv.spec.persistentVolumeReclaimPolicy
kubectl explain pv.spec.nfs
kubectl explain pv --recursive
kubectl explain pvc
kubectl explain pvc.spec
kubectl explain pvc.spec.resources
kubectl explain pvc.spec.storageClassName
kubectl explain pvc.status.phase
kubectl explain namespaces
kubectl explain ns.spec
kubectl explain ns.status.phase
kubectl explain pods.spec.nope
kubectl explain pod.metadata.labels.app
kubectl explain pod.spec.containers.ports.protocol.x
kubectl explain pod.spec.containers.name.first
kubectl explain pods --recursive=maybe
