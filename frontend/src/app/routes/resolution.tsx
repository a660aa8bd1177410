export default function Stub() {
  return <h1>resolution</h1>;
}
