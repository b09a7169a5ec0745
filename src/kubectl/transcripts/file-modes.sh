# Files as a real node lays them out: kuard runs as nobody; /tmp is sticky 1777, an emptyDir 0777, and the hostPath directory the runtime creates is root's 0755, so nobody cannot write there.
kubectl apply -f kuard-volumes.yaml
sleep 10
kubectl exec kuard -- id
kubectl exec kuard -- ls -ld /tmp /cache /data
kubectl exec kuard -- stat /data
kubectl exec kuard -- sh -c "echo remember me > /data/note.txt"
kubectl exec kuard -- sh -c "echo remember me > /cache/note.txt"
kubectl exec kuard -- ls -l /cache
kubectl exec kuard -- touch /tmp/scratch
kubectl exec kuard -- stat -c "%A %U %n" /tmp/scratch
