import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../auth/accessControl.js';
import { generateToken, hashToken } from '../auth/tokens.js';
import { ObjectKind } from '../domain/objectKind.js';
import { ApiTokenEntity, RegistryObjectEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';

export interface IssuedToken {
  token: string;
  entity: ApiTokenEntity;
}

/** Bearer tokens: users manage their own, administrators anyone's. The clear token is returned once. */
export class TokenService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: AccessControl,
  ) {}

  async issue(userUuid: string, name: string, expiresAt: Date | null): Promise<IssuedToken> {
    this.assertMayManage(userUuid);
    const user = await this.em.findOne(RegistryObjectEntity, { uuid: userUuid, kind: ObjectKind.USER });
    if (!user) throw RegistryError.notFound('User', userUuid);
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw RegistryError.badInput('expiresAt must be in the future.');
    const token = generateToken();
    const entity = this.em.create(ApiTokenEntity, {
      id: randomUUID(),
      userUuid,
      name,
      tokenHash: hashToken(token),
      createdAt: new Date(),
      expiresAt,
      revokedAt: null,
    });
    await this.em.persistAndFlush(entity);
    return { token, entity };
  }

  async revoke(id: string): Promise<ApiTokenEntity> {
    const entity = await this.em.findOne(ApiTokenEntity, { id });
    if (!entity) throw RegistryError.notFound('Token', id);
    this.assertMayManage(entity.userUuid);
    entity.revokedAt ??= new Date();
    await this.em.flush();
    return entity;
  }

  async list(userUuid: string): Promise<ApiTokenEntity[]> {
    this.assertMayManage(userUuid);
    return this.em.find(ApiTokenEntity, { userUuid }, { orderBy: { createdAt: 'asc' } });
  }

  private assertMayManage(userUuid: string): void {
    if (userUuid !== this.access.principal.uuid && !this.access.isAdministrator) {
      throw RegistryError.forbidden("manage another user's tokens");
    }
  }
}
