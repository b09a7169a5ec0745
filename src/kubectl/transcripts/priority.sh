# priorityClassName resolves to the class's value; an unknown class is refused at admission.
kubectl apply -f priority-classes.yaml
kubectl get pods
kubectl get pod important -o jsonpath='{.spec.priorityClassName} {.spec.priority} {.spec.preemptionPolicy}'
echo
kubectl describe pod important | grep -E '^Priority'
