import { compileSerializer, serializeAny, type Serializer } from './response-serializer.js';
import { declaredResponse, type OperationDef } from './spec-loader.js';

/** One operation's response serializers, compiled from its JSON response schemas on first use of each status. */
export class OperationSerializers {
  private readonly byStatus = new Map<number, Serializer>();

  constructor(private readonly operation: OperationDef) {}

  forStatus(status: number): Serializer {
    let serializer = this.byStatus.get(status);
    if (!serializer) {
      const content = declaredResponse(this.operation, status)?.content ?? {};
      const json = content['application/json'] ?? Object.entries(content).find(([type]) => type.endsWith('json'))?.[1];
      serializer = json?.schema === undefined ? serializeAny : compileSerializer(json.schema);
      this.byStatus.set(status, serializer);
    }
    return serializer;
  }
}
