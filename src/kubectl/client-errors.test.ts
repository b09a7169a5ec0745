// Client-side errors, byte for byte. Every expected text below was produced by the real kubectl
// v1.32.4 on this machine with KUBECONFIG pointing at a server on a closed port
// (http://127.0.0.1:1) or at /work/shared/tools/kubectl-standin-server.py serving no objects
// (for the errors that need discovery or a 404), e.g.
//   KUBECONFIG=/tmp/kc/config kubectl get pods --foo; echo $?
// The console must print the same text and record exit code 1.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from './testing/session';

const cases: [line: string, expected: string][] = [
  ['kubectl gett pods', 'Error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n\n'],
  ['kubectl list', 'Error: unknown command "list" for "kubectl"\n\nDid you mean this?\n\tget\n\twait\n\n'],
  ['kubectl ps', 'Error: unknown command "ps" for "kubectl"\n\nDid you mean this?\n\tget\n\tcp\n\twait\n\n'],
  ['kubectl po', 'Error: unknown command "po" for "kubectl"\n\nDid you mean this?\n\ttop\n\tport-forward\n\tcp\n\n'],
  ['kubectl desribe pod kuard', 'Error: unknown command "desribe" for "kubectl"\n\nDid you mean this?\n\tdescribe\n\n'],
  ['kubectl zzzzzz', 'Error: unknown command "zzzzzz" for "kubectl"\n'],
  ['kubectl hlp', 'Error: unknown command "hlp" for "kubectl"\n\nDid you mean this?\n\ttop\n\tcp\n\n'],
  [
    'kubectl e',
    'Error: unknown command "e" for "kubectl"\n\nDid you mean this?\n\texpose\n\tset\n\texplain\n\tget\n\tedit\n\texec\n\tcp\n\tevents\n\n',
  ],
  ['kubectl lable pod kuard a=b', 'Error: unknown command "lable" for "kubectl"\n\nDid you mean this?\n\tlabel\n\n'],
  // Flags before the verb: cobra takes the word after an unknown (or non-bool) flag for its value.
  ['kubectl --foo get pods', 'Error: flags cannot be placed before plugin name: --foo\n'],
  ['kubectl -x get pods', 'Error: flags cannot be placed before plugin name: -x\n'],
  ['kubectl -n default --foo get pods', 'Error: flags cannot be placed before plugin name: -n\n'],
  ['kubectl -h get pods', 'Error: flags cannot be placed before plugin name: -h\n'],
  ['kubectl -n default lis', 'Error: flags cannot be placed before plugin name: -n\n'],
  ['kubectl --foo=bar get pods', "Error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"],
  ['kubectl --foo list', "Error: unknown flag: --foo\nSee 'kubectl --help' for usage.\n"],
  ['kubectl --foo', "Error: unknown flag: --foo\nSee 'kubectl --help' for usage.\n"],
  ['kubectl -n', "Error: flag needs an argument: 'n' in -n\nSee 'kubectl --help' for usage.\n"],
  [
    'kubectl -v=abc get pods',
    'Error: invalid argument "abc" for "-v, --v" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  ],
  ['kubectl get pods --foo', "Error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"],
  ['kubectl get pods -z', "Error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n"],
  ['kubectl get pods -it', "Error: unknown shorthand flag: 'i' in -it\nSee 'kubectl get --help' for usage.\n"],
  ['kubectl get pods -n', "Error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n"],
  ['kubectl get pods -l', "Error: flag needs an argument: 'l' in -l\nSee 'kubectl get --help' for usage.\n"],
  ['kubectl get pods --namespace', "Error: flag needs an argument: --namespace\nSee 'kubectl get --help' for usage.\n"],
  ['kubectl get pods --tail', "Error: unknown flag: --tail\nSee 'kubectl get --help' for usage.\n"],
  [
    'kubectl get pods --watch=maybe',
    'Error: invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  ],
  [
    'kubectl logs x --tail=abc',
    'Error: invalid argument "abc" for "--tail" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl logs --help\' for usage.\n',
  ],
  [
    'kubectl delete pod x --grace-period=abc',
    'Error: invalid argument "abc" for "--grace-period" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl delete --help\' for usage.\n',
  ],
  [
    'kubectl run kuard --image=x --generator=run-pod/v1',
    "Error: unknown flag: --generator\nSee 'kubectl run --help' for usage.\n",
  ],
  [
    'kubectl get',
    'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n',
  ],
  [
    'kubectl describe',
    'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
  ],
  ['kubectl get podz', 'error: the server doesn\'t have a resource type "podz"\n'],
  ['kubectl describe podz', 'error: the server doesn\'t have a resource type "podz"\n'],
  ['kubectl delete podz x', 'error: the server doesn\'t have a resource type "podz"\n'],
  ['kubectl get pod/', 'error: arguments in resource/name form must have a single resource and name\n'],
  [
    'kubectl get pods pod/kuard',
    "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
  ],
  [
    'kubectl get pods -o foo',
    'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
  ],
  ['kubectl get pods -o jsonpath', 'error: template format specified but no template given\n'],
  ['kubectl get pods -o jsonpath=', 'error: template format specified but no template given\n'],
  ['kubectl get pods -o go-template', 'error: template format specified but no template given\n'],
  ['kubectl get pods -o jsonpath-file', 'error: template format specified but no template given\n'],
  ['kubectl get pods -o custom-columns', 'error: custom-columns format specified but no custom columns given\n'],
  [
    'kubectl get pods -o custom-columns=A:.x,',
    'error: unexpected custom-columns spec: , expected <header>:<json-path-expr>\n',
  ],
  [
    'kubectl get pods -o WIDE',
    'error: unable to match a printer suitable for the output format "WIDE", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
  ],
  [
    'kubectl get pods -o json=',
    'error: unable to match a printer suitable for the output format "json=", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
  ],
  ['kubectl get pods/kuard/x', 'error: arguments in resource/name form may not have more than one slash\n'],
  ['kubectl describe pod/kuard/', 'error: arguments in resource/name form may not have more than one slash\n'],
  ['kubectl get /kuard', 'error: arguments in resource/name form must have a single resource and name\n'],
  ['kubectl get pods,nodes/x', 'error: arguments in resource/name form must have a single resource and name\n'],
  [
    'kubectl get pod/ kuard',
    "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
  ],
  ['kubectl get podz/a pods/b/c', 'error: arguments in resource/name form may not have more than one slash\n'],
  // Duration flags: Go's time.ParseDuration, through pflag.
  [
    'kubectl logs kuard --since=5',
    'Error: invalid argument "5" for "--since" flag: time: missing unit in duration "5"\nSee \'kubectl logs --help\' for usage.\n',
  ],
  [
    'kubectl logs kuard --since=5x',
    'Error: invalid argument "5x" for "--since" flag: time: unknown unit "x" in duration "5x"\nSee \'kubectl logs --help\' for usage.\n',
  ],
  [
    'kubectl logs kuard --since=.s',
    'Error: invalid argument ".s" for "--since" flag: time: invalid duration ".s"\nSee \'kubectl logs --help\' for usage.\n',
  ],
  [
    'kubectl wait pod/x --for=delete --timeout=10',
    'Error: invalid argument "10" for "--timeout" flag: time: missing unit in duration "10"\nSee \'kubectl wait --help\' for usage.\n',
  ],
  [
    'kubectl delete pod x --timeout=3',
    'Error: invalid argument "3" for "--timeout" flag: time: missing unit in duration "3"\nSee \'kubectl delete --help\' for usage.\n',
  ],
  [
    'kubectl port-forward x 80 --pod-running-timeout=1',
    'Error: invalid argument "1" for "--pod-running-timeout" flag: time: missing unit in duration "1"\nSee \'kubectl port-forward --help\' for usage.\n',
  ],
  // kubectl run's checks, in v1.32's order (dry-run and printer, then Validate, then the generator).
  ['kubectl run x --image=', 'error: --image is required\n'],
  ['kubectl run x --image= --restart=Foo', 'error: --image is required\n'],
  ['kubectl run x --image=NGINX -t', 'error: Invalid image name "NGINX": invalid reference format\n'],
  ['kubectl run x --image=nginx: --dry-run=client', 'error: Invalid image name "nginx:": invalid reference format\n'],
  [
    'kubectl run --image=nginx -o foo',
    'error: unable to match a printer suitable for the output format "foo", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
  ],
  [
    'kubectl run x --image=nginx -o wide',
    'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
  ],
  ['kubectl run x --image=nginx -o jsonpath', 'error: template format specified but no template given\n'],
  [
    'kubectl run x --image=nginx --image-pull-policy=Foo --restart=Foo',
    "error: invalid restart policy: Foo\nSee 'kubectl run -h' for help and examples\n",
  ],
  [
    'kubectl run x --image=nginx -i --dry-run=client --restart=Foo',
    "error: invalid restart policy: Foo\nSee 'kubectl run -h' for help and examples\n",
  ],
  [
    'kubectl run x --image=nginx --rm --image-pull-policy=Foo',
    "error: --rm should only be used for attached containers\nSee 'kubectl run -h' for help and examples\n",
  ],
  [
    'kubectl run x --image=nginx --env=A --image-pull-policy=Foo',
    "error: invalid image pull policy: Foo\nSee 'kubectl run -h' for help and examples\n",
  ],
  ['kubectl run x --image=nginx --annotations=bad --env=A', 'error: invalid env: A\n'],
  ['kubectl run x --image=nginx --port=abc --annotations=bad', 'error: invalid annotations format: bad\n'],
  ['kubectl run x --image=nginx --annotations=bad --labels=bad', 'error: invalid annotations format: bad\n'],
  [
    'kubectl run x --image=nginx --dry-run=false -o foo',
    'W1122 10:00:00.000000    4242 helpers.go:719] --dry-run=false is deprecated (boolean value) and can be replaced with --dry-run=none.\n' +
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
  ],
  [
    'kubectl run x --image=nginx --dry-run -i',
    'W1122 10:00:00.000000    4242 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.\n' +
      "error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)\nSee 'kubectl run -h' for help and examples\n",
  ],
  ['kubectl apply a b', "error: Unexpected args: [a b]\nSee 'kubectl apply -h' for help and examples\n"],
  ['kubectl apply -f nosuch.yaml x', "error: Unexpected args: [x]\nSee 'kubectl apply -h' for help and examples\n"],
  [
    'kubectl create kuard-pod.yaml',
    "error: Unexpected args: [kuard-pod.yaml]\nSee 'kubectl create -h' for help and examples\n",
  ],
  ['kubectl delete pods --all -l a=b', "error: setting 'all' parameter but found a non empty selector. \n"],
  ['kubectl delete pod x --all -l a=b', "error: setting 'all' parameter but found a non empty selector. \n"],
  ['kubectl run --image=x', "error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n"],
  [
    'kubectl run kuard --image=x --restart=Sometimes',
    "error: invalid restart policy: Sometimes\nSee 'kubectl run -h' for help and examples\n",
  ],
  ['kubectl run x --image=i --env=FOO', 'error: invalid env: FOO\n'],
  ['kubectl run x --image=i --labels=bad', 'error: unexpected label spec: bad\n'],
  ['kubectl run x --image=i --port=abc', 'error: strconv.Atoi: parsing "abc": invalid syntax\n'],
  [
    'kubectl run x --image=i --dry-run=foo',
    'error: Invalid dry-run value (foo). Must be "none", "server", or "client".\n',
  ],
  ['kubectl exec kuard', 'error: you must specify at least one command for the container\n'],
  ['kubectl exec', 'error: pod, type/name or --filename must be specified\n'],
  [
    'kubectl exec kuard date',
    "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n",
  ],
  [
    'kubectl logs',
    "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
  ],
  [
    'kubectl logs a b c',
    "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
  ],
  ['kubectl logs kuard', 'error: error from server (NotFound): pods "kuard" not found in namespace "default"\n'],
  [
    'kubectl logs kuard --tail=-2',
    'error: error from server (NotFound): pods "kuard" not found in namespace "default"\n',
  ],
  ['kubectl apply', 'error: must specify one of -f and -k\n'],
  ['kubectl create', 'error: must specify one of -f and -k\n'],
  ['kubectl apply -f nosuch.yaml', 'error: the path "nosuch.yaml" does not exist\n'],
  [
    'kubectl port-forward kuard',
    "error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples\n",
  ],
  [
    'kubectl delete',
    "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
  ],
  ['kubectl delete pod', 'error: resource(s) were provided, but no name was specified\n'],
  ['kubectl delete pod x --now --grace-period=5', 'error: --now and --grace-period cannot be specified together\n'],
  [
    'kubectl delete pod x --force --grace-period=5',
    'error: --force and --grace-period greater than 0 cannot be specified together\n',
  ],
  ['kubectl get pod kuard', 'Error from server (NotFound): pods "kuard" not found\n'],
  [
    'kubectl get pods kuard x',
    'Error from server (NotFound): pods "kuard" not found\nError from server (NotFound): pods "x" not found\n',
  ],
  [
    'kubectl get pods/kuard pods/x',
    'Error from server (NotFound): pods "kuard" not found\nError from server (NotFound): pods "x" not found\n',
  ],
  ['kubectl describe pod kuard', 'Error from server (NotFound): pods "kuard" not found\n'],
  ['kubectl exec kuard -- ls', 'Error from server (NotFound): pods "kuard" not found\n'],
  ['kubectl label pod kuard', 'error: at least one label update is required\n'],
  ['kubectl label pod kuard a=b c', 'error: all resources must be specified before label changes: c\n'],
  ['kubectl annotate pod kuard', 'error: at least one annotation update is required\n'],
  ['kubectl cp', 'error: source and destination are required\n'],
  ['kubectl cp a b', 'error: one of src or dest must be a remote file specification\n'],
  [
    'kubectl explain',
    'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
  ],
  ['kubectl explain podz', 'the server doesn\'t have a resource type "podz"\n'],
  ['kubectl explain pods a', 'error: We accept only this format: explain RESOURCE\n'],
  [
    'kubectl logs kuard -l app=x',
    "error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples\n",
  ],
  [
    'kubectl logs kuard --since=abc',
    'Error: invalid argument "abc" for "--since" flag: time: invalid duration "abc"\nSee \'kubectl logs --help\' for usage.\n',
  ],
  [
    'kubectl wait pod/x --for=condition=Ready --timeout=abc',
    'Error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"\nSee \'kubectl wait --help\' for usage.\n',
  ],
  ['kubectl wait pod/kuard --for=foo', 'error: unrecognized condition: "foo"\n'],
  ['kubectl top pod a b', "error: pod [NAME | -l label]\nSee 'kubectl top pod -h' for help and examples\n"],
  ['kubectl delete pod x -l a=b', 'error: name cannot be provided when a selector is specified\n'],
  ['kubectl delete pod x --all', 'error: name cannot be provided when a selector is specified\n'],
  ['kubectl cp a:b c:d', 'error: one of src or dest must be a local file specification\n'],
  ['kubectl cp a b c', 'error: source and destination are required\n'],
  ['kubectl config set-context', 'error: you must specify a non-empty context name or --current\n'],
  ['kubectl config set-context a --current', 'error: you cannot specify both a context name and --current\n'],
  ['kubectl delete -f a.yaml', 'error: the path "a.yaml" does not exist\n'],
];

describe('kubectl client-side errors (verified against kubectl v1.32.4)', () => {
  it.each(cases)('%s', (line, expected) => {
    const session = testSession();
    expect(outputOf(session, line)).toBe(expected);
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('reports a missing required --image with the klog line kubectl v1.32 prints, and exit code 1', () => {
    const session = testSession();
    // Real: E1122 02:47:00.604435    7867 run.go:72] "command failed" err="required flag(s) \"image\" not set"
    expect(outputOf(session, 'kubectl run kuard')).toBe(
      'E1122 10:00:00.000000    4242 run.go:72] "command failed" err="required flag(s) \\"image\\" not set"\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('answers the empty list the way kubectl does, on stderr, with exit code 0', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl get pods')).toBe('No resources found in default namespace.\n');
    expect(outputOf(session, 'kubectl get pods -n kube-public')).toBe('No resources found in kube-public namespace.\n');
    expect(outputOf(session, 'kubectl delete pods --all')).toBe('No resources found\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
  });

  it('matches -o json, yaml and name case-insensitively, as their print flags lower-case the format', () => {
    const session = testSession();
    // Real (no Pods): kubectl get pods -o JSON prints the empty List, exit 0.
    expect(outputOf(session, 'kubectl get pods -o JSON')).toBe(
      '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
    );
    expect(outputOf(session, 'kubectl get pods -o Yaml')).toBe(
      'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
  });

  it("prints the old --dry-run spellings' klog warnings, and a client dry run of a named delete sends nothing", () => {
    const session = testSession();
    // Real: W1202 03:18:05.260984   23296 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.
    expect(outputOf(session, 'kubectl run x --image=nginx --dry-run')).toBe(
      'W1122 10:00:00.000000    4242 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.\npod/x created (dry run)\n',
    );
    expect(outputOf(session, 'kubectl run x --image=nginx --dry-run=true')).toBe(
      'W1122 10:00:00.000000    4242 helpers.go:716] --dry-run=true is deprecated (boolean value) and can be replaced with --dry-run=client.\npod/x created (dry run)\n',
    );
    expect(outputOf(session, 'kubectl run x --image=nginx --dry-run=client -o jsonpath={.metadata.name}')).toBe('x');
    expect(outputOf(session, 'kubectl delete pod x y --dry-run=client -o name')).toBe('pod/x\npod/y\n');
    expect(outputOf(session, 'kubectl delete pod x --dry-run')).toBe(
      'W1122 10:00:00.000000    4242 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.\npod "x" deleted (dry run)\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
    const pods = session.cluster.list('Pod', 'default');
    expect(pods.ok && pods.value.length).toBe(0);
  });

  it('leaves the cluster untouched when a command is rejected', () => {
    const session = testSession();
    session.run(
      'kubectl run kuard --image=x --restart=Sometimes',
      'kubectl run kuard --image=x --generator=run-pod/v1',
      'kubectl run --image=x',
    );
    const pods = session.cluster.list('Pod', 'default');
    expect(pods.ok && pods.value.length).toBe(0);
  });
});

describe('help', () => {
  it("lists the commands in kubectl's groups and layout", () => {
    const session = testSession();
    const text = outputOf(session, 'kubectl');
    expect(
      text.startsWith(
        'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\nBasic Commands (Beginner):\n  create          Create a resource from a file or from stdin\n',
      ),
    ).toBe(true);
    expect(text).toContain(
      '\nTroubleshooting and Debugging Commands:\n  describe        Show details of a specific resource or group of resources\n  logs            Print the logs for a container in a pod\n',
    );
    expect(
      text.endsWith(
        'Use "kubectl <command> --help" for more information about a given command.\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n',
      ),
    ).toBe(true);
    expect(outputOf(session, 'kubectl --help')).toBe(text);
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
  });

  it('gives each command its page with Examples, Options and Usage, for -h, --help and help VERB', () => {
    const session = testSession();
    const page = outputOf(session, 'kubectl logs -h');
    expect(page).toContain('\nExamples:\n  # ');
    expect(page).toContain(
      "\nOptions:\n    --all-containers=false:\n\tGet all containers' logs in the pod(s).\n\n    -c, --container='':\n",
    );
    expect(page).toContain(
      '\nUsage:\n  kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n',
    );
    expect(outputOf(session, 'kubectl help logs')).toBe(page);
    expect(outputOf(session, 'kubectl logs --help')).toBe(page);
  });

  it('shows the root help for a flag before the verb when only one word follows it (cobra stops skipping there)', () => {
    const session = testSession();
    const root = outputOf(session, 'kubectl');
    expect(outputOf(session, 'kubectl -h get')).toBe(root);
    expect(outputOf(session, 'kubectl --help get')).toBe(root);
    expect(outputOf(session, 'kubectl --warnings-as-errors -h get')).toBe(root);
    expect(outputOf(session, 'kubectl -n default -v 3 get pods')).toBe('No resources found in default namespace.\n');
  });
});
