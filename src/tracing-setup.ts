import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { Tracing } from './tracing.js';

export interface TracingConfig {
  /** OTLP/HTTP endpoint of a collector, such as http://localhost:4318/v1/traces. */
  endpoint: string;
  serviceName: string;
}

/**
 * Starts exporting traces to an OpenTelemetry collector. The provider is registered globally (with
 * Node's AsyncLocalStorage context manager), so spans started in a request nest under its operation.
 */
export function startTracing(config: TracingConfig): { tracing: Tracing; shutdown(): Promise<void> } {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.endpoint }))],
  });
  provider.register();
  return { tracing: new Tracing(trace.getTracer('political-graph')), shutdown: () => provider.shutdown() };
}
