// state.terminated.message, as the kubelet fills it (pkg/kubelet/kuberuntime
// getTerminationMessage / tail of the log for FallbackToLogsOnError).
import type { Container } from 'kubernetes-types/core/v1';
import type { ContainerInstance } from './container-instance';

/**
 * The file at terminationMessagePath (4096 bytes at most), or with FallbackToLogsOnError and a
 * failed, silent file, the log's last 80 lines (2048 bytes at most).
 */
export function terminationMessage(spec: Container, instance: ContainerInstance, exitCode: number): string | undefined {
  let text = '';
  try {
    text = instance.options.fs.readFile(spec.terminationMessagePath ?? '/dev/termination-log').slice(0, 4096);
  } catch {
    // no file: no message
  }
  if (text === '' && exitCode !== 0 && spec.terminationMessagePolicy === 'FallbackToLogsOnError') {
    const tail = instance.logs.lines
      .slice(-80)
      .map((l) => l.text)
      .join('\n');
    text = tail.length > 2048 ? tail.slice(tail.length - 2048) : tail;
    if (text !== '') text += '\n';
  }
  return text === '' ? undefined : text;
}
