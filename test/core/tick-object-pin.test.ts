import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { pinTickObjectShape } from '../../src/core/tick-object-pin.js';

describe('pinTickObjectShape', () => {
  test('holds one of the objects process.nextTick queues, the same one on every call', () => {
    const pinned = pinTickObjectShape() as Record<string | symbol, unknown> | undefined;
    assert.ok(pinned, 'no tick object was caught: Node queues ticks differently and the pin does nothing');
    assert.equal(typeof pinned.callback, 'function');
    assert.ok('args' in pinned);
    // Its async id and trigger id (Node 24 adds its async context frame).
    assert.ok(Object.getOwnPropertySymbols(pinned).length >= 2);
    assert.equal(pinTickObjectShape(), pinned);
  });

  test('tick objects made after full collections with none of them alive keep the pinned hidden class', () => {
    const module = JSON.stringify(new URL('../../src/core/tick-object-pin.ts', import.meta.url).pathname);
    const program = `
      import { createHook } from 'node:async_hooks';
      import { pinTickObjectShape } from ${module};
      const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)');
      const pinned = pinTickObjectShape();
      setTimeout(() => {
        for (let n = 0; n < 5; n++) globalThis.gc();
        let later;
        const hook = createHook({ init(_id, type, _trigger, resource) { if (type === 'TickObject') later ??= resource; } }).enable();
        process.nextTick(() => {});
        hook.disable();
        console.log(JSON.stringify({ caught: later !== undefined, sameMap: sameMap(pinned, later) }));
      }, 20);
    `;
    const out = execFileSync(process.execPath, ['--expose-gc', '--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', program], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out.trim()), { caught: true, sameMap: true });
  });
});
