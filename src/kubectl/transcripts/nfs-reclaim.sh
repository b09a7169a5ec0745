# An nfs PersistentVolume with reclaim policy Delete: no in-tree plugin can delete an nfs share, so when its claim goes the volume is Failed with VolumeFailedDelete, not deleted.
kubectl apply -f nfs-reclaim.yaml
sleep 2
kubectl get pv
kubectl delete pvc shared-claim
sleep 2
kubectl get pv
kubectl describe pv shared-files
