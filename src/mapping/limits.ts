/**
 * The API server stores objects of at most 1.5 MiB (etcd's default request size). A module whose
 * definition is over 1 MiB cannot fit in a Deployment once the sidecar and metadata are added.
 */
export const MAX_MODULE_SOURCE_LENGTH = 1024 * 1024;
