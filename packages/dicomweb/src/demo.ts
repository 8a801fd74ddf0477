// Starts the simulator PACS and prints links to each key image, for looking at it in a browser:
//   npm run sim -w @xinglin/dicomweb [-- 8042]   (a port number; a free one by default)
import { createPacsSimulator, DEMO_PATIENT } from './pacs-simulator';

const port = Number(process.argv[2] ?? 0);
const pacs = await createPacsSimulator({ patients: [DEMO_PATIENT], port });
console.log(`PACS simulator (DICOMweb) at ${pacs.url}`);
console.log(`  QIDO-RS: ${pacs.url}/studies?PatientID=${DEMO_PATIENT.patientId}`);
for (const study of pacs.studiesFor(DEMO_PATIENT.patientId)) {
  const k = study.keyImage;
  console.log(`  ${study.modality} key image: ${pacs.url}/studies/${k.studyInstanceUid}/series/${k.seriesInstanceUid}/instances/${k.sopInstanceUid}/rendered`);
}
const stop = () => void pacs.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
