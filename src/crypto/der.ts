import { createHash } from 'node:crypto';
import forge from 'node-forge';

/*
 * Bridges between node:crypto (Buffers) and node-forge, whose byte strings hold one byte per UTF-16 code
 * unit ("binary" strings). Kept in one place so no module mixes the two representations by accident.
 */

export const asn1 = forge.asn1;
export type Asn1 = forge.asn1.Asn1;

/** A forge binary string from bytes. */
export function toBinary(bytes: Buffer): string {
  return bytes.toString('binary');
}

/** Bytes from a forge binary string. */
export function fromBinary(bytes: string): Buffer {
  return Buffer.from(bytes, 'binary');
}

/** DER encoding of a forge ASN.1 node. */
export function derOf(node: Asn1): Buffer {
  return fromBinary(asn1.toDer(node).getBytes());
}

/** Strict DER parse (all bytes must be consumed). Throws forge's error on malformed input. */
export function parseDer(der: Buffer): Asn1 {
  return asn1.fromDer(forge.util.createBuffer(toBinary(der)), true);
}

export function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

/** Children of a constructed node; throws if the node is primitive, so walkers fail closed. */
export function childrenOf(node: Asn1 | undefined, what: string): Asn1[] {
  if (!node || !Array.isArray(node.value)) throw new Error(`${what}: expected a constructed value`);
  return node.value;
}

/** Primitive bytes of a node with the given universal type; throws otherwise. */
export function primitiveOf(node: Asn1 | undefined, type: forge.asn1.Type, what: string): string {
  if (!node || node.tagClass !== asn1.Class.UNIVERSAL || node.type !== type || typeof node.value !== 'string') {
    throw new Error(`${what}: unexpected ASN.1 element`);
  }
  return node.value;
}

export function oidNode(oid: string): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oid).getBytes());
}

export function oidOf(node: Asn1 | undefined, what: string): string {
  return asn1.derToOid(forge.util.createBuffer(primitiveOf(node, asn1.Type.OID, what)));
}

/** AlgorithmIdentifier with NULL parameters, as RSA and SHA-2 identifiers are conventionally written. */
export function algorithmIdentifier(oid: string): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    oidNode(oid),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
  ]);
}
