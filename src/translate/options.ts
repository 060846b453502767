import { DEFAULT_TARGET_OPTIONS, type TargetOptions } from '../options.js';

export type ServiceType = TargetOptions['portMappingServiceType'];

/** The settings the reference agent took from its Helm chart and iotedged, plus the target cluster. */
export interface TranslateOptions extends TargetOptions {
  /** The device's namespace; every object goes there. */
  namespace: string;
  /** The IoT Edge device id (unsanitized; the label value is sanitized). */
  deviceId: string;
  iothubHostname: string;
  /** PersistentVolumeClaim size in MiB (PersistentVolumeClaimDefaultSizeInMb). */
  pvcSizeMi: number;
  proxyImage: string;
  /** Give pods `securityContext {runAsNonRoot: true, runAsUser: 1000}` unless k8s-experimental sets one. */
  runAsNonRoot: boolean;
  /** edgeAgent's log level, passed as RuntimeLogLevel and, mapped, as the proxy's PROXY_LOG. */
  logLevel: 'verbose' | 'debug' | 'info' | 'warning' | 'error' | 'fatal';
  /** EdgeDeviceHostName (Helm edgeAgent.hostname). */
  edgeHostname: string;
  /** The workload API the proxy sidecar serves on localhost. */
  workloadUri: string;
  /** The workload API version iotedged announces (IOTEDGE_APIVERSION). */
  workloadApiVersion: string;
}

export const DEFAULT_TRANSLATE_OPTIONS: TranslateOptions = {
  ...DEFAULT_TARGET_OPTIONS,
  namespace: 'default',
  deviceId: 'edge-device',
  iothubHostname: 'example-hub.azure-devices.net',
  pvcSizeMi: 100,
  proxyImage: 'azureiotedge/azureiotedge-proxy:0.1.0-beta15',
  runAsNonRoot: false,
  logLevel: 'info',
  edgeHostname: 'localhost',
  workloadUri: 'http://localhost:35001',
  workloadApiVersion: '2019-11-05',
};
