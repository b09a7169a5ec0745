// The workspace a learner starts with before a lesson supplies its own: the chapter's first
// manifest. The content is the book's example kuard-pod.yaml (kubernetes-up-and-running/examples,
// 5-1-kuard-pod.yaml), the file the chapter applies with `kubectl apply -f kuard-pod.yaml`.

export const KUARD_POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: kuard
spec:
  containers:
    - image: gcr.io/kuar-demo/kuard-amd64:blue
      name: kuard
      ports:
        - containerPort: 8080
          name: http
          protocol: TCP
`;

export interface StarterFile {
  name: string;
  content: string;
}

export const STARTER_FILES: readonly StarterFile[] = [{ name: 'kuard-pod.yaml', content: KUARD_POD_YAML }];
