import forge from 'node-forge';
import { CryptoError } from './cryptoError.js';
import { asn1, childrenOf, derOf, fromBinary, oidOf, parseDer, primitiveOf, type Asn1 } from './der.js';

/*
 * Reads a CMS SignedData (RFC 5652) into the parts a verifier needs. forge's pkcs7 parser drops the
 * signed attributes (it cannot verify), so the SignerInfo is walked here; every structural surprise is
 * a SIGNATURE_INVALID, never a silently skipped check.
 */

const oids = forge.pki.oids;
const { Class, Type } = asn1;

export interface SignerInfoParts {
  /** DER of the issuer Name and serialNumber INTEGER naming the signer's certificate. */
  issuer: Buffer;
  serial: Buffer;
  digestAlgorithm: string;
  /** The Attribute nodes of the signed attributes, in stored order. */
  signedAttributes: Asn1[];
  /** Attribute values by OID; a repeated attribute contributes all its values. */
  attributeValues: Map<string, Asn1[]>;
  signatureAlgorithm: string;
  signature: Buffer;
}

export interface SignedDataParts {
  /** Certificate nodes from the certificates field (possibly empty). */
  certificates: Asn1[];
  signer: SignerInfoParts;
}

/**
 * Throws SIGNATURE_INVALID (unparseable, or the unsupported feature) unless one signer is found. forge's own
 * message (its parser's internals) stays in `cause`, for the log; the client reads ours.
 */
export function readSignedData(der: Buffer): SignedDataParts {
  try {
    return read(der);
  } catch (error) {
    if (error instanceof CryptoError) throw error;
    throw CryptoError.signatureInvalid('unparseable: signature.p7s is not a DER-encoded CMS SignedData', error);
  }
}

function read(der: Buffer): SignedDataParts {
  const [contentType, explicitContent] = childrenOf(parseDer(der), 'ContentInfo');
  if (oidOf(contentType, 'ContentInfo.contentType') !== oids.signedData) {
    throw CryptoError.signatureInvalid('not a CMS SignedData');
  }
  const fields = childrenOf(childrenOf(explicitContent, 'ContentInfo.content')[0], 'SignedData');
  const encapsulated = childrenOf(fields[2], 'SignedData.encapContentInfo');
  if (oidOf(encapsulated[0], 'eContentType') !== oids.data) {
    throw CryptoError.signatureInvalid('the signed content type is not "data"');
  }

  let index = 3;
  let certificates: Asn1[] = [];
  if (isContext(fields[index], 0)) certificates = childrenOf(fields[index++], 'SignedData.certificates');
  if (isContext(fields[index], 1)) index++; // CRLs: not used, trust is decided by fingerprint
  const signerInfos = fields[index];
  if (!signerInfos || signerInfos.tagClass !== Class.UNIVERSAL || signerInfos.type !== Type.SET || index !== fields.length - 1) {
    throw new Error('SignedData.signerInfos missing or misplaced');
  }
  const signers = childrenOf(signerInfos, 'SignedData.signerInfos');
  if (signers.length !== 1) throw CryptoError.signatureInvalid(`expected exactly one signer, found ${signers.length}`);
  return { certificates, signer: readSignerInfo(signers[0]!) };
}

function readSignerInfo(node: Asn1): SignerInfoParts {
  const fields = childrenOf(node, 'SignerInfo');
  const sid = fields[1];
  if (!sid || sid.tagClass !== Class.UNIVERSAL || sid.type !== Type.SEQUENCE) {
    throw CryptoError.signatureInvalid('unsupported signer identifier (only issuer and serial number)');
  }
  const [issuer, serial] = childrenOf(sid, 'SignerInfo.sid');
  primitiveOf(serial, Type.INTEGER, 'SignerInfo.sid.serialNumber');
  const digestAlgorithm = oidOf(childrenOf(fields[2], 'SignerInfo.digestAlgorithm')[0], 'digestAlgorithm');
  if (!isContext(fields[3], 0)) throw CryptoError.signatureInvalid('no signed attributes');
  const signedAttributes = childrenOf(fields[3], 'SignerInfo.signedAttrs');
  const signatureAlgorithm = oidOf(childrenOf(fields[4], 'SignerInfo.signatureAlgorithm')[0], 'signatureAlgorithm');
  const signature = fromBinary(primitiveOf(fields[5], Type.OCTETSTRING, 'SignerInfo.signature'));

  const attributeValues = new Map<string, Asn1[]>();
  for (const attribute of signedAttributes) {
    const [type, values] = childrenOf(attribute, 'Attribute');
    const oid = oidOf(type, 'Attribute.type');
    if (!values || values.type !== Type.SET) throw new Error('Attribute.values: expected a SET');
    attributeValues.set(oid, [...(attributeValues.get(oid) ?? []), ...childrenOf(values, 'Attribute.values')]);
  }
  return {
    issuer: derOf(issuer!),
    serial: derOf(serial!),
    digestAlgorithm,
    signedAttributes,
    attributeValues,
    signatureAlgorithm,
    signature,
  };
}

function isContext(node: Asn1 | undefined, tag: number): node is Asn1 {
  return !!node && node.tagClass === Class.CONTEXT_SPECIFIC && node.type === tag && node.constructed;
}
