export const common = {
  appName: 'Pykälä',
  sampleData: 'Esimerkkiaineisto – summat ovat kuvitteellisia',
};
