export default function Stub() {
  return <h1>conferences</h1>;
}
